package it.polis.campaigns;

import java.io.Serializable;
import java.time.Instant;

/**
 * Statistics of one campaign: the frozen audience and how many were sent, failed, bounced, cancelled,
 * unsubscribed through its link; the rate over the last seconds while it runs. {@code jobRunning} says
 * whether its send-campaign job execution is running now (a RUNNING campaign without it was interrupted).
 */
public record CampaignStats(long id, String name, CampaignKind kind, CampaignState state, Campaign.Control control,
                            String pauseReason, long audience, long pending, long sent, long failed, long bounced,
                            long cancelled, long unsubscribed, double ratePerSecond, int throttle,
                            Long executionId, String jobStatus, boolean jobRunning, Instant startedAt,
                            Instant finishedAt, Instant scheduledAt, int version) implements Serializable {

    /** Recipients done with (sent, failed, bounced or cancelled) out of the audience, 0..100. */
    public int progressPercent() {
        if (audience <= 0) {
            return state == CampaignState.COMPLETED ? 100 : 0;
        }
        return (int) Math.min(100, (audience - pending) * 100 / audience);
    }

    public boolean interrupted() {
        return state == CampaignState.RUNNING && !jobRunning;
    }
}
