package it.polis.identity.recovery;

import jakarta.ejb.ApplicationException;

/**
 * A password change was refused (wrong current password, rule broken, nothing to change); nothing
 * changed, but the refusal's audit row is kept.
 */
@ApplicationException(rollback = false)
public class PasswordChangeRejected extends RuntimeException {

    private final String messageKey;

    public PasswordChangeRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** A key of the recovery bundle, or of the registration bundle for the password rules ("register.*"). */
    public String messageKey() {
        return messageKey;
    }
}
