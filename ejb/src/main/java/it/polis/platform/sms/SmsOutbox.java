package it.polis.platform.sms;

import it.polis.platform.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The only way the portal sends SMS: {@link #queue} inserts the message in the caller's transaction
 * (committed with the business change, or not at all); {@link SmsDelivery} hands it to the configured
 * {@link SmsSender} after the commit, with retries. The table is also the log of what was sent.
 */
@Stateless
@PermitAll
public class SmsOutbox {

    /** International form: + and 8 to 15 digits. */
    public static final Pattern NUMBER = Pattern.compile("^\\+[1-9][0-9]{7,14}$");
    public static final int MAX_LENGTH = 640;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    /**
     * Queues one SMS; {@code sensitive} ones (one-time codes) have their text blanked in the log once delivered.
     *
     * @return the reference given to the gateway
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String queue(Long accountId, String to, String text, boolean sensitive) {
        if (to == null || !NUMBER.matcher(to).matches()) {
            throw new IllegalArgumentException("Not a phone number in international form: " + to);
        }
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("SMS text empty or longer than " + MAX_LENGTH);
        }
        String reference = "polis-" + UUID.randomUUID();
        em.persist(new SmsMessage(clock.now(), accountId, to, text, reference, sensitive));
        return reference;
    }

    /** Messages to a number, newest first (support, dev pages, tests). */
    public List<SmsMessage> forRecipient(String to, int max) {
        return em.createNamedQuery(SmsMessage.BY_RECIPIENT, SmsMessage.class).setParameter("recipient", to)
                .setMaxResults(max).getResultList();
    }
}
