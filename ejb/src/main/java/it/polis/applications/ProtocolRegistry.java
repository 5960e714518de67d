package it.polis.applications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Gap-free protocol numbers: the counter row of the registry and year is locked (SELECT ... FOR UPDATE)
 * and incremented in the caller's transaction, so numbers are given in commit order and a transaction
 * that rolls back gives its number back. No sequence (sequences leave gaps). The lock is held until the
 * caller commits: keep the rest of the caller's transaction short.
 */
@Stateless
@PermitAll
public class ProtocolRegistry {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationSettings settings;

    @EJB
    private ProtocolRegistry self;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ProtocolNumber next(Instant at) {
        return next(settings.registry(), at);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ProtocolNumber next(String registry, Instant at) {
        ProtocolCounter.Key key = new ProtocolCounter.Key(registry, ProtocolFormat.yearOf(at));
        ProtocolCounter counter = em.find(ProtocolCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                self.createCounter(key);
            } catch (CounterExists alreadyThere) {
                // created by a concurrent first submit of the year
            }
            counter = em.find(ProtocolCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        long number = counter.next();
        return new ProtocolNumber(registry, ProtocolFormat.yearOf(at), number,
                settings.protocolFormat().format(registry, number, at));
    }

    /** The first number of a year: the row is created apart, and a racing creator simply loses. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createCounter(ProtocolCounter.Key key) {
        if (em.find(ProtocolCounter.class, key) != null) {
            return;
        }
        try {
            em.persist(new ProtocolCounter(key));
            em.flush();
        } catch (RuntimeException duplicate) {
            // Someone else created it in the meantime: fine, this transaction rolls back.
            throw new CounterExists();
        }
    }

    /** The counter row was created by a concurrent transaction (nothing to do). */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class CounterExists extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
