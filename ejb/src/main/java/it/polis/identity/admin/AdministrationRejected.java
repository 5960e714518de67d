package it.polis.identity.admin;

import jakarta.ejb.ApplicationException;

/** An administration action cannot be done as asked (e.g. the last administrator); nothing changed. */
@ApplicationException(rollback = true)
public class AdministrationRejected extends RuntimeException {

    private final String messageKey;

    public AdministrationRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** Key in the administration bundle (it.polis.web.i18n.admin). */
    public String messageKey() {
        return messageKey;
    }
}
