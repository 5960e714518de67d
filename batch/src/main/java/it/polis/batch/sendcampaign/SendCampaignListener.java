package it.polis.batch.sendcampaign;

import it.polis.campaigns.CampaignLedger;
import it.polis.campaigns.CampaignState;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/**
 * Before: the execution takes the campaign (it must be RUNNING). After: the campaign's state follows
 * from what is left and what the console asked (COMPLETED, PAUSED, CANCELLED; see
 * {@link CampaignLedger#jobEnded}); the exit status says it for the batch console.
 */
@jakarta.enterprise.context.Dependent
@Named("sendCampaignListener")
public class SendCampaignListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(SendCampaignListener.class.getName());

    @Inject
    private JobContext job;

    @EJB
    private CampaignLedger ledger;

    @Override
    public void beforeJob() {
        long campaignId = campaignId(job);
        var campaign = ledger.begin(campaignId, job.getExecutionId());
        if (campaign == null) {
            LOG.info(() -> "send-campaign " + job.getExecutionId() + ": campaign " + campaignId + " is not RUNNING");
        }
        job.setTransientUserData(new SendState(campaign, job.getExecutionId()));
    }

    @Override
    public void afterJob() {
        long campaignId = campaignId(job);
        CampaignState state = ledger.jobEnded(campaignId, job.getExecutionId(), job.getBatchStatus().name(),
                job.getExitStatus());
        if (state != null) {
            job.setExitStatus(state.name());
        }
    }

    /** The job property campaignId (from the job parameter of the same name, see send-campaign.xml). */
    static long campaignId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty("campaignId"));
    }
}
