package it.polis.rankings;

import jakarta.ejb.ApplicationException;

/**
 * A ranking action cannot be done as asked (the approver ran the candidate, the version is not in the
 * right state, the cycle's rules are already used...); nothing changed. {@link #messageKey()} is a key
 * of the rankings bundle.
 */
@ApplicationException(rollback = true)
public class RankingRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public RankingRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
