package it.polis.it.identity;

import it.polis.identity.contact.ContactDirectory;
import it.polis.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public contact API ({@link ContactDirectory}) in the container, and a bounce seen by the citizen:
 * the client steps drive the browser ({@link ContactBounceSteps}), the in-container steps call the API.
 * The two sides share fixed addresses of this test only (the bounce marks every account with them).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactBounceIT {

    private static final String CONFIRMED = "casella.piena@bounce-it.example.net";
    private static final String PENDING = "mai.confermata@bounce-it.example.net";

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessModule("contact-bounce-it", ContactBounceIT.class);
    }

    @Inject
    private ContactDirectory contacts;

    @Resource(lookup = "jdbc/polis")
    private DataSource db;

    @Test
    @Order(1)
    @RunAsClient
    void aCitizenConfirmsOneFurtherAddressAndNotTheOther() {
        ContactBounceSteps.citizenWithAConfirmedAndAPendingAddress(CONFIRMED, PENDING);
    }

    @Test
    @Order(2)
    void verifiedEmailsAreThePrimaryAndTheConfirmedOnesOnly() throws Exception {
        long account = newestAccountWith(CONFIRMED);
        String primary = primaryOf(account);
        assertEquals(List.of(primary, CONFIRMED), contacts.verifiedEmails(account));
        assertFalse(contacts.needsAttention(account));
        assertTrue(audited(account, "CONTACT_EMAIL_ADDED") >= 2, "additions audited");
        assertEquals(1, audited(account, "CONTACT_EMAIL_CONFIRMED"));
    }

    @Test
    @Order(3)
    void aBouncedAddressIsNoLongerUsedAndNeedsAttention() throws Exception {
        long account = newestAccountWith(CONFIRMED);
        String primary = primaryOf(account);
        contacts.markBounced(CONFIRMED.toUpperCase(), "550 5.2.2 mailbox full");
        assertEquals(List.of(primary), contacts.verifiedEmails(account), "bounced and pending ones left out");
        assertTrue(contacts.needsAttention(account));
        assertEquals(1, audited(account, "CONTACT_EMAIL_BOUNCED"));

        contacts.markBounced(PENDING, "550 no such user");
        assertEquals(1, audited(account, "CONTACT_EMAIL_BOUNCED"), "an unconfirmed address is not in use: nothing to mark");
        contacts.markBounced("nobody-" + account + "@bounce-it.example.net", "550");
        contacts.markBounced(null, null);
        assertEquals(List.of(), contacts.verifiedEmails(-1));
    }

    @Test
    @Order(4)
    @RunAsClient
    void theNextSignInAsksToFixIt() {
        ContactBounceSteps.nextSignInAsksToFixTheBouncedAddress(CONFIRMED);
    }

    @Test
    @Order(5)
    void onceRemovedNothingNeedsAttention() throws Exception {
        long account = newestAccountWith(PENDING);
        assertFalse(contacts.needsAttention(account));
        assertEquals(1, contacts.verifiedEmails(account).size());
        assertEquals(1, audited(account, "CONTACT_EMAIL_REMOVED"));
    }

    // ---- server side helpers -----------------------------------------------------------------------

    private long newestAccountWith(String address) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT MAX(account_id) FROM contact_email WHERE address_lc = ?")) {
            s.setString(1, address.toLowerCase());
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                long id = r.getLong(1);
                assertTrue(id > 0, "an account with " + address);
                return id;
            }
        }
    }

    private String primaryOf(long account) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT email FROM account WHERE id = ?")) {
            s.setLong(1, account);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private int audited(long account, String action) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE action = ? AND target_type = 'account' AND target_id = ?")) {
            s.setString(1, action);
            s.setString(2, String.valueOf(account));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
