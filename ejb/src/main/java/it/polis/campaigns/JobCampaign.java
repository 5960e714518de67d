package it.polis.campaigns;

import java.io.Serializable;

/** What the send-campaign job needs of a campaign (a detached copy, read once per execution). */
public record JobCampaign(long id, String name, CampaignKind kind, String subjectIt, String bodyIt, String subjectEn,
                          String bodyEn, String smsText, int ratePerSecond, int errorThreshold) implements Serializable {

    static JobCampaign of(Campaign c) {
        return new JobCampaign(c.getId(), c.getName(), c.getKind(), c.getSubjectIt(), c.getBodyIt(), c.getSubjectEn(),
                c.getBodyEn(), c.getSmsText(), c.getRatePerSecond(), c.getErrorThreshold());
    }
}
