package it.polis.campaigns;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the editor shows and saves. {@code id} null for a new campaign; {@code version} is the one the
 * editor loaded (a save over a newer version is refused).
 */
public record CampaignData(Long id, String name, CampaignKind kind, Segment segment, String province, String role,
                           Long procedureId, Integer hours, String subjectIt, String bodyIt, String subjectEn,
                           String bodyEn, String smsText, int ratePerSecond, int errorThreshold,
                           Instant scheduledAt, int version) implements Serializable {

    /** The segment and its parameters only (for counting an audience before saving). */
    public SegmentQuery.Params segmentParams() {
        return new SegmentQuery.Params(segment, province, role, procedureId, hours);
    }
}
