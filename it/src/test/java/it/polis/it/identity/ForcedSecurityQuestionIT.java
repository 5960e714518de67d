package it.polis.it.identity;

import it.polis.identity.AccountState;
import it.polis.identity.Citizen;
import it.polis.it.support.Deployments;
import it.polis.platform.audit.AuditEvent;
import it.polis.platform.demo.TestCitizens;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract with the help desk: when it clears the security question of an active citizen
 * ({@code citizen.setSecurityQuestion(null, null)}), the next sign-in asks the current personal code
 * and a new question before anything else, and leaves the personal code as it was.
 *
 * <p>Step 1 runs inside Payara: it creates a fresh citizen, clears the question the way the help desk
 * does, and hands the citizen's user name and CF to the client side through a message in the mail
 * catcher (recipient prefix {@link #CHANNEL}). Step 2 drives the browser from the test JVM
 * ({@link ForcedSecurityQuestionJourney}, kept out of the deployment).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForcedSecurityQuestionIT {

    static final String CHANNEL = "forced-question-";

    /** Server side, kept between the in-container steps (one deployment, one class). */
    private static volatile String username;

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessModule("forced-question-it", ForcedSecurityQuestionIT.class);
    }

    @Inject
    private TestCitizens citizens;

    @Inject
    private Outbox outbox;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Test
    @Order(1)
    void theHelpDeskClearsTheSecurityQuestionOfAnActiveCitizen() throws Exception {
        Map<String, String> created = citizens.create(AccountState.ACTIVE);
        username = created.get("username");
        tx.begin();
        Citizen c = em.createNamedQuery(Citizen.BY_USERNAME, Citizen.class).setParameter("username", username)
                .getSingleResult();
        assertFalse(c.needsFirstAccessSetup());
        c.setSecurityQuestion(null, null);
        assertTrue(c.needsFirstAccessSetup());
        assertFalse(c.isPersonalCodeTemporary());
        outbox.queue(OutgoingMail.notice("forced question", username + " " + created.get("cf"))
                .to(CHANNEL + UUID.randomUUID() + "@example.test", "it"));
        tx.commit();
        em.clear();
        Citizen reread = em.createNamedQuery(Citizen.BY_USERNAME, Citizen.class).setParameter("username", username)
                .getSingleResult();
        assertNull(reread.getSecurityAnswerHash());
    }

    @Test
    @Order(2)
    @RunAsClient
    void atTheNextSignInTheCurrentCodeAndANewQuestionComeBeforeAnythingElse() throws Exception {
        ForcedSecurityQuestionJourney.run(CHANNEL);
    }

    @Test
    @Order(3)
    void everyStepWasAudited() {
        List<String> actions = em.createNamedQuery(AuditEvent.RECENT_BY_ACTOR, AuditEvent.class)
                .setParameter("actor", username).getResultList().stream().map(AuditEvent::getAction).toList();
        for (String expected : List.of("SIGN_IN", "CURRENT_CP_WRONG", "SECURITY_QUESTION_SET_AGAIN",
                "CP_RECOVER_STARTED", "CP_CHANGED")) {
            assertTrue(actions.contains(expected), expected + " in " + actions);
        }
        Citizen c = em.createNamedQuery(Citizen.BY_USERNAME, Citizen.class).setParameter("username", username)
                .getSingleResult();
        assertEquals("Il mio quartiere di nascita", c.getSecurityQuestion());
        assertFalse(c.needsFirstAccessSetup());
    }
}
