package it.polis.assistance;

import jakarta.ejb.ApplicationException;

/** No live account matches the request's codice fiscale, so the account action cannot be done. */
@ApplicationException(rollback = true)
public class AssistanceNoAccount extends RuntimeException {

    public AssistanceNoAccount() {
        super("no account for the request's codice fiscale");
    }
}
