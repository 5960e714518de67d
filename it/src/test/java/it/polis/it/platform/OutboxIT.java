package it.polis.it.platform;

import it.polis.it.support.Deployments;
import it.polis.it.support.TestPortal;
import it.polis.platform.mail.MailState;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutboxMessage;
import it.polis.platform.mail.OutboxSender;
import it.polis.platform.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The mail outbox against the real data source, JTA, mail session and SMTP server: mail follows the
 * caller's transaction, is delivered after the commit, and survives an SMTP outage.
 *
 * <p>Steps run in order; the {@code @RunAsClient} ones run in the test JVM, where the mail catcher
 * lives ({@link TestPortal#mail()}); the others run inside Payara. Recipients carry a per-step prefix
 * and a random part; the client side finds them in the catcher by prefix (a fresh catcher per run).
 * Client-side code keeps {@code TestPortal}/{@code MailCatcher} out of method signatures: those classes
 * are not in the deployment.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxIT {

    private static final String ROLLED_BACK = "outbox-rollback-";
    private static final String COMMITTED = "outbox-commit-";
    private static final String SMTP_DOWN = "outbox-smtpdown-";
    private static final String DOMAIN = "@example.test";
    private static final String SUBJECT = "Conferma ricevuta: è tutto a posto";
    private static final String BODY = "Prima riga\nSeconda <riga> & più";

    /** Server side, kept between the in-container steps of the SMTP outage (one deployment, one class). */
    private static volatile String smtpDownRecipient;

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessModule("outbox-it", OutboxIT.class);
    }

    @Inject
    private Outbox outbox;

    @Inject
    private OutboxSender sender;

    @Resource
    private UserTransaction tx;

    // ---- in the caller's transaction -------------------------------------------------------------

    @Test
    @Order(1)
    void mailQueuedInARolledBackTransactionIsNeverSent() throws Exception {
        String to = unique(ROLLED_BACK);
        tx.begin();
        try {
            long id = outbox.queue(OutgoingMail.notice("Non deve partire", "La transazione viene annullata.")
                    .to(to, "it"));
            assertTrue(id > 0);
            assertEquals(1, outbox.forRecipient(to).size(), "visible inside the transaction");
        } finally {
            tx.rollback();
        }
        assertTrue(outbox.forRecipient(to).isEmpty(), "rolled back with the caller");
        sender.deliverDue();
        assertTrue(outbox.forRecipient(to).isEmpty());
        // The catcher is checked from the client side in step 3.
    }

    @Test
    @Order(2)
    void mailQueuedInACommittedTransactionIsDelivered() throws Exception {
        String to = unique(COMMITTED);
        tx.begin();
        outbox.queue(OutgoingMail.notice(SUBJECT, BODY).to(to, "it").about("test", "outbox-it"));
        tx.commit();

        OutboxMessage sent = deliverUntilSent(to);
        assertEquals(1, sent.getAttempts());
        assertNull(sent.getLastError());
        assertNotNull(sent.getSentAt());
        assertNull(sent.getClaimToken());
        assertEquals("notice", sent.getTemplate());
        assertEquals("test", sent.getTargetType());
    }

    @Test
    @Order(3)
    @RunAsClient
    void theCatcherGotTheCommittedMessageAsTextAndHtmlAndNothingOfTheRolledBackOne() throws Exception {
        List<MimeMessage> got = received(COMMITTED, 1);
        assertEquals(1, got.size(), "exactly one message for the committed recipient");
        MimeMessage m = got.get(0);
        assertEquals(SUBJECT, m.getSubject());
        assertTrue(m.isMimeType("multipart/alternative"), m.getContentType());
        assertEquals("noreply@polis.istruzione.test", ((InternetAddress) m.getFrom()[0]).getAddress());
        assertTrue(m.getMessageID().matches("<outbox\\.\\d+\\.\\d+@polis\\.istruzione\\.test>"), m.getMessageID());
        assertEquals("it", m.getHeader("Content-Language", null));

        Multipart parts = (Multipart) m.getContent();
        assertEquals(2, parts.getCount());
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain") && text.getContentType().toLowerCase().contains("utf-8"),
                text.getContentType());
        String plain = ((String) text.getContent()).replace("\r\n", "\n"); // SMTP sends CRLF lines
        assertTrue(plain.contains(BODY), "text part as written: " + plain);
        assertTrue(html.isMimeType("text/html"), html.getContentType());
        String page = (String) html.getContent();
        assertTrue(page.contains("Seconda &lt;riga&gt; &amp; più"), "values escaped in the HTML part: " + page);
        assertTrue(page.contains("<html lang=\"it\">"), "Italian layout");

        assertTrue(received(ROLLED_BACK, 0).isEmpty(), "nothing sent for the rolled back transaction");
    }

    // ---- SMTP down, then up ----------------------------------------------------------------------

    @Test
    @Order(4)
    @RunAsClient
    void smtpGoesDown() {
        TestPortal.get().mail().stopSmtp();
    }

    @Test
    @Order(5)
    void whileSmtpIsDownTheMessageWaitsWithItsError() throws Exception {
        String to = unique(SMTP_DOWN);
        smtpDownRecipient = to;
        tx.begin();
        outbox.queue(OutgoingMail.template("account-activated").to(to, "en")
                .param("name", "Maria Bianchi").param("username", "maria.bianchi")
                .param("schoolName", "IC Roma Centro").param("loginLink", "https://polis.example.test/polis/login.xhtml"));
        tx.commit();

        Instant before = Instant.now();
        OutboxMessage m = deliverUntilAttempted(to);
        assertEquals(MailState.PENDING, m.getState());
        assertEquals(1, m.getAttempts());
        assertNotNull(m.getLastError());
        assertTrue(m.getLastError().length() <= 500);
        assertNull(m.getSentAt());
        assertNull(m.getClaimToken(), "the claim is released");
        assertTrue(m.getNextAttemptAt().isAfter(before), "retried later: " + m.getNextAttemptAt());
    }

    @Test
    @Order(6)
    @RunAsClient
    void smtpComesBack() throws Exception {
        TestPortal.get().mail().restartSmtp();
        assertTrue(received(SMTP_DOWN, 0).isEmpty(), "nothing got through while SMTP was down");
    }

    @Test
    @Order(7)
    void onceSmtpIsBackTheWaitingMessageIsDelivered() throws Exception {
        assertNotNull(smtpDownRecipient, "step 5 ran in this deployment");
        OutboxMessage m = deliverUntilSent(smtpDownRecipient);
        assertTrue(m.getAttempts() >= 2, "one failed attempt, then the good one: " + m.getAttempts());
        assertNull(m.getLastError());
    }

    @Test
    @Order(8)
    @RunAsClient
    void theWaitingMessageArrivedExactlyOnce() throws Exception {
        assertEquals(1, received(SMTP_DOWN, 1).size());
        Thread.sleep(6_000); // more than one tick of the schedule: no second copy
        List<MimeMessage> got = received(SMTP_DOWN, 1);
        assertEquals(1, got.size(), "exactly one message");
        assertEquals("Istanze OnLine: your account is active", got.get(0).getSubject());
        assertEquals("en", got.get(0).getHeader("Content-Language", null));
    }

    // ---- queue() contract ------------------------------------------------------------------------

    @Test
    @Order(9)
    void aDedupKeyQueuesTheSameLogicalMessageOnce() throws Exception {
        String to = unique("outbox-dedup-");
        String key = "outbox-it:" + UUID.randomUUID();
        tx.begin();
        long first = outbox.queue(OutgoingMail.notice("Una volta", "sola").to(to, "it").dedupKey(key));
        tx.commit();
        tx.begin();
        long second = outbox.queue(OutgoingMail.notice("Una volta", "sola").to(to, "it").dedupKey(key));
        tx.commit();
        assertEquals(first, second);
        assertEquals(1, outbox.forRecipient(to).size());
    }

    @Test
    @Order(10)
    void queueNeedsACallerTransactionAndAGoodRequest() throws Exception {
        String to = unique("outbox-refused-");
        assertThrows(EJBTransactionRequiredException.class,
                () -> outbox.queue(OutgoingMail.notice("x", "y").to(to, "it")));

        tx.begin();
        try {
            EJBException e = assertThrows(EJBException.class,
                    () -> outbox.queue(OutgoingMail.template("lockout").to(to, "it").param("name", "Solo nome")));
            assertTrue(causes(e).contains("{{name}}") || causes(e).contains("{{username}}"),
                    "says which value is missing: " + causes(e));
            assertEquals(Status.STATUS_MARKED_ROLLBACK, tx.getStatus(), "a bad mail request rolls the caller back");
        } finally {
            tx.rollback();
        }
        tx.begin();
        try {
            assertThrows(EJBException.class, () -> outbox.queue(OutgoingMail.notice("x", "y").to("not an address", "it")));
        } finally {
            tx.rollback();
        }
        assertTrue(outbox.forRecipient(to).isEmpty());
    }

    // ---- helpers (server side) -------------------------------------------------------------------

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8) + DOMAIN;
    }

    private static String causes(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 4000; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t).append(" / ");
        }
        return sb.toString();
    }

    private OutboxMessage only(String recipient) {
        List<OutboxMessage> rows = outbox.forRecipient(recipient);
        assertEquals(1, rows.size(), "one outbox row for " + recipient);
        return rows.get(0);
    }

    /** Runs the sender (as the schedule would) until the message is SENT; the backoff is 5 s at first. */
    private OutboxMessage deliverUntilSent(String recipient) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            sender.deliverDue();
            OutboxMessage m = only(recipient);
            if (m.getState() == MailState.SENT) {
                return m;
            }
            if (m.getState() == MailState.FAILED || System.nanoTime() > deadline) {
                fail("not delivered: " + m.getState() + ", attempts " + m.getAttempts() + ", " + m.getLastError());
            }
            Thread.sleep(250);
        }
    }

    /**
     * Runs the sender until the message has had an attempt. The portal's own sender (the EAR is deployed
     * too) may claim it first; then this waits for that attempt to be recorded.
     */
    private OutboxMessage deliverUntilAttempted(String recipient) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            sender.deliverDue();
            OutboxMessage m = only(recipient);
            if (m.getAttempts() > 0 && m.getClaimToken() == null) {
                return m;
            }
            if (System.nanoTime() > deadline) {
                fail("no attempt recorded: " + m.getState() + ", claimed by " + m.getClaimToken());
            }
            Thread.sleep(100);
        }
    }

    // ---- helpers (client side: the catcher lives in the test JVM) ----------------------------------

    /** Messages received for recipients starting with the prefix, waiting up to 10 s for {@code expected}. */
    private static List<MimeMessage> received(String prefix, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            List<MimeMessage> got = TestPortal.get().mail().messagesFor(prefix);
            if (got.size() >= expected || System.nanoTime() > deadline) {
                return got;
            }
            Thread.sleep(200);
        }
    }
}
