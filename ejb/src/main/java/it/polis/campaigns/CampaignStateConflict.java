package it.polis.campaigns;

import jakarta.ejb.ApplicationException;

/**
 * The campaign is no longer in the state the action needs (edited or started in another tab, already
 * paused, finished...). {@link #current()} is the state it is in now.
 */
@ApplicationException(rollback = true)
public class CampaignStateConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final CampaignState current;

    public CampaignStateConflict(CampaignState current) {
        super("Campaign is " + current);
        this.current = current;
    }

    public CampaignState current() {
        return current;
    }
}
