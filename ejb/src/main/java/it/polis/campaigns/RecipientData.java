package it.polis.campaigns;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a message needs of one recipient: address, language, name, and the procedure (and draft) it is
 * about, when there is one.
 */
public record RecipientData(long campaignId, long accountId, String email, String locale, String name,
                            String procedureCode, String procedureTitleIt, String procedureTitleEn,
                            Instant deadline, Long applicationId, int attempts) implements Serializable {

    public String procedureTitle(String language) {
        String t = "en".equals(language) ? procedureTitleEn : procedureTitleIt;
        return t == null ? procedureTitleIt : t;
    }
}
