package it.polis.campaigns;

/** One recipient of a campaign: PENDING until SENT, FAILED (refused or retries used up), BOUNCED (hard bounce), CANCELLED. */
public enum RecipientState {
    PENDING, SENT, FAILED, BOUNCED, CANCELLED
}
