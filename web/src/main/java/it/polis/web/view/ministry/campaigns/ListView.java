package it.polis.web.view.ministry.campaigns;

import it.polis.campaigns.CampaignService;
import it.polis.campaigns.CampaignStats;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** ministry/campaigns/list.xhtml: every campaign with its state and progress. */
@Named("campaignListView")
@RequestScoped
public class ListView {

    @EJB
    private CampaignService campaigns;

    private List<CampaignStats> rows;

    public List<CampaignStats> getRows() {
        if (rows == null) {
            rows = campaigns.list();
        }
        return rows;
    }

    /** The state to show: a RUNNING campaign whose job is gone is INTERRUPTED. */
    public String state(CampaignStats s) {
        return s.interrupted() ? "INTERRUPTED" : s.state().name();
    }
}
