package it.polis.identity;

import jakarta.ejb.ApplicationException;

/**
 * A service function on the caller's credentials was refused (wrong current secret, rule broken,
 * confirmation missing). Thrown before anything changed; the transaction still commits so that
 * the refusal stays in the audit log.
 */
@ApplicationException(rollback = false)
public class CredentialChangeRefused extends RuntimeException {

    private final String messageKey;

    public CredentialChangeRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
