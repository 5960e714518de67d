package it.polis.batch.sendcampaign;

import it.polis.campaigns.CampaignMail;
import it.polis.campaigns.CampaignTemplate;
import it.polis.campaigns.RecipientData;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Renders the campaign for one recipient, in the recipient's language (Italian unless English). */
@jakarta.enterprise.context.Dependent
@Named("sendCampaignProcessor")
public class SendCampaignProcessor implements ItemProcessor {

    /** A recipient and the message rendered for them. */
    record Outgoing(RecipientData recipient, CampaignTemplate.Rendered mail) implements Serializable {
    }

    @Inject
    private JobContext job;

    @Inject
    private CampaignMail mail;

    @Override
    public Object processItem(Object item) {
        SendState state = (SendState) job.getTransientUserData();
        RecipientData r = (RecipientData) item;
        return new Outgoing(r, mail.render(state.campaign, r));
    }
}
