package it.polis.campaigns;

/**
 * SERVICE messages (a deadline, a draft not submitted) reach everyone in the audience; INFORMATIONAL
 * ones honour the opt-out and carry a List-Unsubscribe header and link.
 */
public enum CampaignKind {
    SERVICE, INFORMATIONAL
}
