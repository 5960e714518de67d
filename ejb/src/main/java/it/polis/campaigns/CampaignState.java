package it.polis.campaigns;

/**
 * DRAFT (being edited) -> SCHEDULED (starts at its time) or RUNNING (the send-campaign job works on it)
 * -> PAUSED (by the operator or by the error-rate threshold; resumable) -> COMPLETED (no recipient
 * left to send to) or CANCELLED. A RUNNING campaign whose job is no longer running (the server went
 * down) is shown as interrupted and may be resumed.
 */
public enum CampaignState {
    DRAFT, SCHEDULED, RUNNING, PAUSED, COMPLETED, CANCELLED;

    public boolean editable() {
        return this == DRAFT || this == SCHEDULED;
    }

    public boolean finished() {
        return this == COMPLETED || this == CANCELLED;
    }
}
