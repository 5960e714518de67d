package it.polis.identification;

import jakarta.ejb.ApplicationException;

/** The identification cannot be recorded as asked (e.g. an expired document); nothing changed. */
@ApplicationException(rollback = true)
public class IdentificationRejected extends RuntimeException {

    private final String messageKey;

    public IdentificationRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
