package it.polis.campaigns;

import jakarta.ejb.ApplicationException;

/**
 * The campaign action cannot be done as asked (missing or bad field, wrong state, empty audience...);
 * nothing changed. {@link #messageKey()} is a key of the campaigns bundle; {@link #field()} the field at
 * fault, if any.
 */
@ApplicationException(rollback = true)
public class CampaignRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;

    public CampaignRejected(String messageKey) {
        this(null, messageKey);
    }

    public CampaignRejected(String field, String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }
}
