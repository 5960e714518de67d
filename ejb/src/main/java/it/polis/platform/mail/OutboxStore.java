package it.polis.platform.mail;

import it.polis.platform.InstantConverter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The sender's short transactions on the outbox table, each committed on its own
 * (never around an SMTP conversation).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    private static final InstantConverter UTC = new InstantConverter();

    @PersistenceContext
    private EntityManager em;

    /**
     * Claims up to {@code max} due rows for one attempt: a conditional UPDATE moves their next attempt
     * to the end of the lease and stamps the token. The condition (still PENDING and due) is checked again
     * on the locked row, so of two instances claiming together only one gets each row; a sender that
     * dies mid-batch leaves rows that are due again when the lease ends.
     */
    public List<ClaimedMail> claim(String token, Instant now, Duration lease, int max) {
        List<Long> ids = new ArrayList<>();
        for (Object id : em.createNamedQuery(OutboxMessage.DUE_IDS)
                .setParameter(1, UTC.convertToDatabaseColumn(now)).setParameter(2, max).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        int claimed = em.createNamedQuery(OutboxMessage.CLAIM)
                .setParameter("leaseUntil", now.plus(lease)).setParameter("token", token)
                .setParameter("ids", ids).setParameter("now", now).executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        List<ClaimedMail> result = new ArrayList<>(claimed);
        for (OutboxMessage m : em.createNamedQuery(OutboxMessage.CLAIMED, OutboxMessage.class)
                .setParameter("token", token).getResultList()) {
            result.add(ClaimedMail.of(m));
        }
        return result;
    }

    /** Marks a delivered row SENT; false when the claim was lost meanwhile (lease ran out, re-claimed). */
    public boolean markSent(long id, String token, Instant at) {
        OutboxMessage m = em.find(OutboxMessage.class, id);
        if (m == null || !token.equals(m.getClaimToken())) {
            return false;
        }
        m.markSent(at);
        return true;
    }

    /**
     * Records a failed attempt for each row still claimed with the token: due again after the backoff,
     * or FAILED when the attempts are used up or {@code permanent}. Returns the ids now FAILED.
     */
    public List<Long> markFailed(Collection<Long> ids, String token, Instant at, String error, RetryPolicy policy,
                                 boolean permanent) {
        List<Long> gaveUp = new ArrayList<>();
        for (Long id : ids) {
            OutboxMessage m = em.find(OutboxMessage.class, id);
            if (m == null || !token.equals(m.getClaimToken())) {
                continue;
            }
            int failures = m.getAttempts() + 1;
            boolean giveUp = permanent || policy.exhausted(failures);
            m.markAttemptFailed(at, error, policy.delayAfter(failures), giveUp);
            if (giveUp) {
                gaveUp.add(id);
            }
        }
        return gaveUp;
    }
}
