package it.polis.platform.sms;

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
import java.util.List;

/** Short transactions of {@link SmsDelivery} on {@code sms_log}, each committed on its own (never around a send). */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SmsStore {

    private static final InstantConverter UTC = new InstantConverter();

    /** What the delivery needs of a claimed row, detached from the persistence context. */
    public record Claimed(long id, String recipient, String body, String reference, int attempts) {
    }

    @PersistenceContext
    private EntityManager em;

    /** Claims up to {@code max} due rows with a lease, like the mail outbox (one instance gets each row). */
    public List<Claimed> claim(String token, Instant now, Duration lease, int max) {
        List<Long> ids = new ArrayList<>();
        for (Object id : em.createNamedQuery(SmsMessage.DUE_IDS)
                .setParameter(1, UTC.convertToDatabaseColumn(now)).setParameter(2, max).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        int claimed = em.createNamedQuery(SmsMessage.CLAIM).setParameter("leaseUntil", now.plus(lease))
                .setParameter("token", token).setParameter("ids", ids).setParameter("now", now).executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        List<Claimed> out = new ArrayList<>();
        for (SmsMessage m : em.createNamedQuery(SmsMessage.CLAIMED, SmsMessage.class).setParameter("token", token)
                .getResultList()) {
            out.add(new Claimed(m.getId(), m.getRecipient(), m.getBody(), m.getReference(), m.getAttempts()));
        }
        return out;
    }

    public void markSent(long id, String token, Instant at) {
        SmsMessage m = em.find(SmsMessage.class, id);
        if (m != null && token.equals(m.getClaimToken())) {
            m.markSent(at);
        }
    }

    public void markFailed(long id, String token, Instant at, String error, Duration retryAfter, boolean giveUp) {
        SmsMessage m = em.find(SmsMessage.class, id);
        if (m != null && token.equals(m.getClaimToken())) {
            m.markAttemptFailed(at, error, retryAfter, giveUp);
        }
    }
}
