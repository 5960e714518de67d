package it.polis.campaigns;

import jakarta.ejb.ApplicationException;

/** No campaign with that id (a stale link, another tab deleted nothing: campaigns are never deleted). */
@ApplicationException(rollback = true)
public class CampaignNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CampaignNotFound(long id) {
        super("No campaign " + id);
    }
}
