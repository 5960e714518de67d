package it.polis.platform.mail;

import it.polis.platform.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * The only way the portal sends mail: {@link #queue} renders the template and inserts the message in
 * the caller's transaction, so a business change and its mail commit together or not at all.
 * {@link OutboxSender} delivers it after the commit, with retries.
 */
@Stateless
@PermitAll
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    @Inject
    private MailTemplates templates;

    /**
     * Queues one message in the caller's transaction (there must be one). Returns the row id; with a
     * dedup key already queued, returns that row's id and adds nothing. Two transactions that race with
     * the same key both pass the check, and the unique key makes the second one fail at commit.
     *
     * @throws IllegalArgumentException bad address, unknown template or a missing template value
     *                                  (the caller's transaction is rolled back)
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long queue(OutgoingMail mail) {
        String recipient = checkedAddress(mail.recipient());
        if (mail.dedupKey() != null) {
            List<OutboxMessage> existing = em.createNamedQuery(OutboxMessage.BY_DEDUP_KEY, OutboxMessage.class)
                    .setParameter("key", mail.dedupKey()).getResultList();
            if (!existing.isEmpty()) {
                LOG.fine(() -> "Outbox: " + mail.template() + " already queued as " + existing.get(0).getId());
                return existing.get(0).getId();
            }
        }
        RenderedMail rendered = templates.render(mail.template(), mail.locale(), mail.params());
        OutboxMessage row = new OutboxMessage(clock.now(), recipient, mail.locale(), mail.template(), rendered,
                mail.targetType(), mail.targetId(), mail.dedupKey());
        if (mail.attachmentName() != null) {
            row.attach(mail.attachmentName(), mail.attachmentType(), mail.attachment());
        }
        em.persist(row);
        return row.getId();
    }

    /** Messages queued about something, oldest first (support, tests). */
    public List<OutboxMessage> about(String targetType, String targetId) {
        return em.createNamedQuery(OutboxMessage.BY_TARGET, OutboxMessage.class)
                .setParameter("type", targetType).setParameter("id", targetId).getResultList();
    }

    /** Messages queued for an address, oldest first (support, tests). */
    public List<OutboxMessage> forRecipient(String recipient) {
        return em.createNamedQuery(OutboxMessage.BY_RECIPIENT, OutboxMessage.class)
                .setParameter("recipient", recipient).getResultList();
    }

    private static String checkedAddress(String recipient) {
        if (recipient == null || recipient.isBlank() || recipient.length() > 254) {
            throw new IllegalArgumentException("Not a mail address: " + recipient);
        }
        try {
            InternetAddress address = new InternetAddress(recipient.strip(), true);
            address.validate();
            if (address.getPersonal() != null || address.getAddress().indexOf('@') < 1) {
                throw new IllegalArgumentException("Not a plain mail address: " + recipient);
            }
            return address.getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not a mail address: " + recipient, e);
        }
    }
}
