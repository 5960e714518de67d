package it.polis.platform.mail;

import it.polis.platform.PortalClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox, on every instance: every 5 seconds it claims due rows in batches (see
 * {@link OutboxStore#claim}), sends each batch over one SMTP connection of {@code mail/polis}, and
 * marks each row SENT, or due again after an exponential backoff, or FAILED after the last attempt.
 * Nothing is lost while SMTP is down: the rows just wait. Delivery is at least once (a sender that dies
 * between the SMTP "250 OK" and the SENT mark sends again after the lease); the Message-ID is stable
 * across attempts so mail clients can fold such a duplicate.
 *
 * <p>Settings (MicroProfile Config): {@code polis.mail.outbox.enabled} (true: the schedule delivers on
 * this instance), {@code polis.mail.outbox.batch-size} (50), {@code polis.mail.outbox.max-attempts} (20),
 * {@code polis.mail.outbox.first-retry-seconds} (5), {@code polis.mail.outbox.max-retry-seconds} (900),
 * {@code polis.mail.outbox.lease-seconds} (300).
 */
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final String FROM_NAME = "Istanze OnLine";
    private static final int MAX_BATCHES_PER_RUN = 20;
    private static final long SMTP_WARNING_EVERY_MS = 60_000;

    /** What one delivery run did. */
    public record Report(int claimed, int sent, int retrying, int failed) {
        Report plus(Report o) {
            return new Report(claimed + o.claimed, sent + o.sent, retrying + o.retrying, failed + o.failed);
        }
    }

    @Resource(lookup = "mail/polis")
    private Session session;

    @EJB
    private OutboxStore store;

    @Inject
    private PortalClock clock;

    @Inject
    @ConfigProperty(name = "polis.mail.outbox.enabled", defaultValue = "true")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "polis.mail.outbox.batch-size", defaultValue = "50")
    private int batchSize;

    @Inject
    @ConfigProperty(name = "polis.mail.outbox.max-attempts", defaultValue = "20")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "polis.mail.outbox.first-retry-seconds", defaultValue = "5")
    private long firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "polis.mail.outbox.max-retry-seconds", defaultValue = "900")
    private long maxRetrySeconds;

    @Inject
    @ConfigProperty(name = "polis.mail.outbox.lease-seconds", defaultValue = "300")
    private long leaseSeconds;

    private final ReentrantLock running = new ReentrantLock();
    private volatile long lastSmtpWarning;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "mail outbox")
    void onSchedule() {
        // A run still going (slow SMTP, big backlog) is not queued behind: the next tick will do.
        if (!enabled || !running.tryLock()) {
            return;
        }
        try {
            deliver();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox: delivery run failed, retried at the next tick", e);
        } finally {
            running.unlock();
        }
    }

    /**
     * Delivers what is due now and returns what happened; waits for a run already going on this
     * instance first, so afterwards every row that was due has had its attempt. For tests and operators.
     */
    public Report deliverDue() {
        running.lock();
        try {
            return deliver();
        } finally {
            running.unlock();
        }
    }

    private Report deliver() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(firstRetrySeconds),
                Duration.ofSeconds(Math.max(firstRetrySeconds, maxRetrySeconds)), maxAttempts);
        Report total = new Report(0, 0, 0, 0);
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            String token = claimToken();
            List<ClaimedMail> batch = store.claim(token, clock.now(), Duration.ofSeconds(leaseSeconds), batchSize);
            if (batch.isEmpty()) {
                break;
            }
            Report report = send(batch, token, policy);
            total = total.plus(report);
            LOG.info(() -> "Outbox: " + report.sent() + " sent, " + report.retrying() + " to retry, "
                    + report.failed() + " failed, of " + report.claimed() + " claimed");
            if (report.sent() == 0 || batch.size() < batchSize) {
                break; // SMTP trouble or nothing more due: the next tick decides
            }
        }
        return total;
    }

    private Report send(List<ClaimedMail> batch, String token, RetryPolicy policy) {
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        InternetAddress from;
        Transport transport;
        try {
            from = fromAddress();
            transport = session.getTransport();
            transport.connect();
        } catch (MessagingException | RuntimeException e) {
            // SMTP down (or misconfigured): the whole batch waits for its next attempt.
            String error = describe(e);
            smtpWarning("Outbox: SMTP unavailable, " + batch.size() + " message(s) wait for a retry: " + error);
            List<Long> gaveUp = markFailed(ids(batch), token, error, policy, false);
            return new Report(batch.size(), 0, batch.size() - gaveUp.size(), gaveUp.size());
        }
        try {
            for (int i = 0; i < batch.size(); i++) {
                ClaimedMail mail = batch.get(i);
                MimeMessage message;
                try {
                    message = build(mail, from);
                } catch (MessagingException | RuntimeException e) {
                    // Not a message we can ever send (bad address...): no point retrying.
                    markFailed(List.of(mail.id()), token, describe(e), policy, true);
                    LOG.warning(() -> "Outbox: message " + mail.id() + " (" + mail.template() + ") FAILED: " + describe(e));
                    failed++;
                    continue;
                }
                try {
                    if (!transport.isConnected()) {
                        transport.connect();
                    }
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException | RuntimeException e) {
                    String error = describe(e);
                    List<Long> gaveUp = markFailed(List.of(mail.id()), token, error, policy, false);
                    if (gaveUp.isEmpty()) {
                        retrying++;
                        LOG.fine(() -> "Outbox: message " + mail.id() + " attempt " + (mail.attempts() + 1) + " failed: " + error);
                    } else {
                        failed++;
                        LOG.warning(() -> "Outbox: message " + mail.id() + " (" + mail.template() + ") FAILED after "
                                + (mail.attempts() + 1) + " attempts: " + error);
                    }
                    if (!transport.isConnected()) {
                        // The connection is gone: the rest of the batch waits for the next attempt too.
                        List<ClaimedMail> rest = batch.subList(i + 1, batch.size());
                        List<Long> restGaveUp = markFailed(ids(rest), token, error, policy, false);
                        retrying += rest.size() - restGaveUp.size();
                        failed += restGaveUp.size();
                        smtpWarning("Outbox: SMTP connection lost, " + rest.size() + " message(s) wait for a retry: " + error);
                        break;
                    }
                    continue;
                }
                sent++;
                try {
                    if (!store.markSent(mail.id(), token, clock.now())) {
                        LOG.warning(() -> "Outbox: message " + mail.id() + " sent after its claim ran out");
                    }
                } catch (RuntimeException e) {
                    // Sent but not marked: it goes out again when the lease ends (at least once).
                    LOG.log(Level.WARNING, "Outbox: message " + mail.id() + " sent but not marked SENT", e);
                }
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "Outbox: closing the SMTP connection", e);
            }
        }
        return new Report(batch.size(), sent, retrying, failed);
    }

    private List<Long> markFailed(List<Long> ids, String token, String error, RetryPolicy policy, boolean permanent) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try {
            return store.markFailed(ids, token, clock.now(), error, policy, permanent);
        } catch (RuntimeException e) {
            // The rows stay claimed: due again when the lease ends.
            LOG.log(Level.WARNING, "Outbox: cannot record failed attempts of " + ids, e);
            return List.of();
        }
    }

    private MimeMessage build(ClaimedMail mail, InternetAddress from) throws MessagingException {
        String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        // Stable across attempts: a duplicate after a lost SENT mark has the same Message-ID.
        String messageId = "<outbox." + mail.id() + "." + mail.createdAt().toEpochMilli() + "@" + domain + ">";
        MimeMessage message = new OutboxMimeMessage(session, messageId);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.now()));
        message.setHeader("Content-Language", mail.locale());
        message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no auto-replies, please
        MimeBodyPart body = mail.attachmentName() == null ? null : new MimeBodyPart();
        if (mail.html() == null) {
            if (body == null) {
                message.setText(mail.text(), "UTF-8");
            } else {
                body.setText(mail.text(), "UTF-8");
            }
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            MimeMultipart alternative = new MimeMultipart("alternative", text, html);
            if (body == null) {
                message.setContent(alternative);
            } else {
                body.setContent(alternative);
            }
        }
        if (body != null) {
            // multipart/mixed: the message, then the file (e.g. the receipt PDF).
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new jakarta.activation.DataHandler(
                    new jakarta.mail.util.ByteArrayDataSource(mail.attachment(), mail.attachmentType())));
            file.setFileName(mail.attachmentName());
            file.setDisposition(jakarta.mail.Part.ATTACHMENT);
            message.setContent(new MimeMultipart("mixed", body, file));
        }
        message.saveChanges();
        return message;
    }

    private InternetAddress fromAddress() throws MessagingException {
        String configured = session.getProperty("mail.from");
        InternetAddress from = configured == null || configured.isBlank()
                ? InternetAddress.getLocalAddress(session) : new InternetAddress(configured, true);
        if (from == null || from.getAddress() == null || from.getAddress().indexOf('@') < 1) {
            throw new MessagingException("mail/polis has no usable mail.from address");
        }
        if (from.getPersonal() == null) {
            try {
                from = new InternetAddress(from.getAddress(), FROM_NAME, "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new MessagingException("UTF-8", e);
            }
        }
        return from;
    }

    private static String claimToken() {
        String instance = System.getProperty("com.sun.aas.instanceName", "server");
        if (instance.length() > 27) {
            instance = instance.substring(0, 27);
        }
        return instance + ":" + UUID.randomUUID();
    }

    private static List<Long> ids(List<ClaimedMail> mails) {
        List<Long> ids = new ArrayList<>(mails.size());
        mails.forEach(m -> ids.add(m.id()));
        return ids;
    }

    /** Short error for last_error: exception type and message, plus the root cause. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            sb.append(": ").append(e.getMessage().strip().replaceAll("\\s+", " "));
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e) {
            sb.append(" (").append(root.getClass().getSimpleName());
            if (root.getMessage() != null) {
                sb.append(": ").append(root.getMessage().strip().replaceAll("\\s+", " "));
            }
            sb.append(')');
        }
        return sb.length() <= OutboxMessage.LAST_ERROR_LENGTH ? sb.toString()
                : sb.substring(0, OutboxMessage.LAST_ERROR_LENGTH);
    }

    private void smtpWarning(String message) {
        long now = System.currentTimeMillis();
        if (now - lastSmtpWarning >= SMTP_WARNING_EVERY_MS) {
            lastSmtpWarning = now;
            LOG.warning(message);
        } else {
            LOG.fine(message);
        }
    }

    /** A MimeMessage that keeps the outbox's Message-ID instead of generating one. */
    private static final class OutboxMimeMessage extends MimeMessage {

        private final String messageId;

        OutboxMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
