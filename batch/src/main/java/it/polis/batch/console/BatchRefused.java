package it.polis.batch.console;

import jakarta.ejb.ApplicationException;

/** A console action that cannot be done (missing role, not running, not restartable); a bundle key. */
@ApplicationException(rollback = true)
public class BatchRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BatchRefused(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
