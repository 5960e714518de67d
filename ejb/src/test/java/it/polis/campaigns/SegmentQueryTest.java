package it.polis.campaigns;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentQueryTest {

    @Test
    void parametersAreCheckedAndOnlyTheSegmentsOwnAreKept() {
        var p = new SegmentQuery.Params(Segment.PROVINCE, " rm ", "ATA", 5L, 3).checked();
        assertEquals("RM", p.province());
        assertNull(p.role());
        assertEquals(5L, p.procedureId(), "kept: {{procedure}} tells it");
        assertNull(p.hours());
        assertEquals("province", assertThrows(CampaignRejected.class,
                () -> new SegmentQuery.Params(Segment.PROVINCE, "Roma", null, null, null).checked()).field());
        assertEquals("procedure", assertThrows(CampaignRejected.class,
                () -> new SegmentQuery.Params(Segment.APPLICANTS, null, null, null, null).checked()).field());
        assertEquals("hours", assertThrows(CampaignRejected.class,
                () -> new SegmentQuery.Params(Segment.DRAFTS_CLOSING, null, null, null, 0).checked()).field());
        assertEquals(7L, new SegmentQuery.Params(Segment.DRAFTS_CLOSING, null, null, 7L, 48).checked().procedureId());
    }

    @Test
    void informationalAudiencesLeaveOutOptOutsAndNobodyIsMailedAtABouncedAddress() {
        var p = new SegmentQuery.Params(Segment.ALL_ACTIVE, null, null, null, null).checked();
        var info = SegmentQuery.audience(p, CampaignKind.INFORMATIONAL, Instant.EPOCH).text();
        var service = SegmentQuery.audience(p, CampaignKind.SERVICE, Instant.EPOCH).text();
        assertTrue(info.contains("campaign_optout"));
        assertTrue(!service.contains("campaign_optout"));
        assertTrue(service.contains("ce.status <> 'VERIFIED'"));
        var drafts = SegmentQuery.audience(new SegmentQuery.Params(Segment.DRAFTS_CLOSING, null, null, 9L, 24).checked(),
                CampaignKind.SERVICE, Instant.EPOCH);
        assertEquals(3, drafts.params().size(), "from, until, procedure");
    }
}
