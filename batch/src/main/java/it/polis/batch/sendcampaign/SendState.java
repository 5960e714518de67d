package it.polis.batch.sendcampaign;

import it.polis.campaigns.CampaignLedger;
import it.polis.campaigns.JobCampaign;

/**
 * What the reader, writer and listener of one execution share (the job context's transient data):
 * the campaign, and whether sending must stop (pause, cancel, another execution took over).
 */
final class SendState {

    private static final long POLL_NANOS = 250_000_000L;

    final JobCampaign campaign;
    final long executionId;
    private CampaignLedger.Signal stopped;
    private long lastPoll;

    SendState(JobCampaign campaign, long executionId) {
        this.campaign = campaign;
        this.executionId = executionId;
    }

    boolean active() {
        return campaign != null && stopped == null;
    }

    /** Asks the database what the console wants, at most every 250 ms; false when sending must stop. */
    boolean go(CampaignLedger ledger) {
        if (!active()) {
            return false;
        }
        long now = System.nanoTime();
        if (now - lastPoll >= POLL_NANOS) {
            lastPoll = now;
            CampaignLedger.Signal s = ledger.signal(campaign.id(), executionId);
            if (s != CampaignLedger.Signal.GO) {
                stopped = s;
            }
        }
        return stopped == null;
    }

    void stop(CampaignLedger.Signal why) {
        if (stopped == null) {
            stopped = why;
        }
    }

    CampaignLedger.Signal stopped() {
        return stopped;
    }
}
