package it.polis.it.platform;

import it.polis.it.support.Deployments;
import it.polis.identity.Argon2idPasswordHash;
import it.polis.platform.PortalInfo;
import it.polis.platform.audit.AuditEvent;
import it.polis.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container (Arquillian, remote Payara started by the test run): the platform services
 * against the real data source and JTA.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessModule("platform-it", PlatformServicesIT.class);
    }

    @Inject
    private PortalInfo info;

    @Inject
    private AuditLog audit;

    @Inject
    private Argon2idPasswordHash hash;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Test
    void migrationsRanToTheLatestVersion() {
        assertTrue(Double.parseDouble(info.schemaVersion()) >= 6, info.schemaVersion()); // "6.1": V6_1__load_places
    }

    @Test
    void auditRowsAreWrittenInTheCallersTransaction() throws Exception {
        String actor = "it-" + UUID.randomUUID();
        tx.begin();
        audit.record(actor, "TEST_ACTION", "test", "1", "rolled back", "127.0.0.1");
        tx.rollback();
        assertTrue(recent(actor).isEmpty(), "rolled back with the caller");

        tx.begin();
        audit.record(actor, "TEST_ACTION", "test", "2", "kept", "127.0.0.1");
        tx.commit();
        var events = recent(actor);
        assertEquals(1, events.size());
        assertEquals("kept", events.get(0).getDetail());
        assertEquals("127.0.0.1", events.get(0).getClientAddr());
    }

    @Test
    void passwordHashesAreSaltedArgon2idAndVerify() {
        char[] secret = "corretto cavallo batteria graffetta".toCharArray();
        String a = hash.generate(secret);
        String b = hash.generate(secret);
        assertTrue(a.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), a);
        assertNotEquals(a, b, "a fresh salt every time");
        assertTrue(hash.verify(secret, a));
        assertFalse(hash.verify("Corretto cavallo batteria graffetta".toCharArray(), a));
    }

    @Test
    void demoAccountsAreStoredWithHashesOnly() {
        // No hash at all: staff who sign in through the directory, or a password just replaced by a
        // temporary one; every stored secret is an Argon2id hash.
        var hashes = em.createQuery("SELECT a.passwordHash FROM Account a WHERE a.passwordHash IS NOT NULL",
                String.class).getResultList();
        assertTrue(hashes.size() >= 12, "demo accounts present: " + hashes.size());
        hashes.forEach(h -> assertTrue(h.startsWith("$argon2id$"), h));
        em.createQuery("SELECT t.passwordHash FROM TemporaryPassword t", String.class).getResultList()
                .forEach(h -> assertTrue(h.startsWith("$argon2id$"), h));
    }

    private java.util.List<AuditEvent> recent(String actor) {
        return em.createNamedQuery(AuditEvent.RECENT_BY_ACTOR, AuditEvent.class).setParameter("actor", actor)
                .getResultList();
    }
}
