package it.polis.it.assistance;

import it.polis.assistance.AssistanceForm;
import it.polis.assistance.AssistanceKind;
import it.polis.assistance.AssistanceQuery;
import it.polis.assistance.AssistanceService;
import it.polis.it.support.Deployments;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assistance service refuses callers without the right role, whatever the pages do: a request
 * cannot be filed (nor the help desk's functions used) by an unauthenticated caller, and nothing
 * is written when it is refused.
 */
@ExtendWith(ArquillianExtension.class)
class AssistanceServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessModule("assistance-it", AssistanceServiceIT.class);
    }

    @Inject
    private AssistanceService assistance;

    @PersistenceContext(unitName = "polis")
    private EntityManager em;

    private static void refused(Executable call) {
        EJBException e = assertThrows(EJBException.class, call);
        Throwable t = e;
        boolean access = false;
        while (t != null) {
            access |= t instanceof EJBAccessException || t.getClass().getSimpleName().contains("Access");
            t = t.getCause();
        }
        assertTrue(access, "refused for the role, not for another reason: " + e);
    }

    @Test
    void anUnauthenticatedCallerCannotFileNorUseTheHelpDesk() {
        long before = em.createQuery("SELECT COUNT(r) FROM AssistanceRequest r", Long.class).getSingleResult();
        AssistanceForm form = new AssistanceForm(AssistanceKind.OTHER, "RSSMRA80A01H501U", "Mario", "Rossi",
                LocalDate.of(1980, 1, 1), null, "mario.rossi@example.net", "Richiesta senza scuola", "it",
                "assistance-service-it");
        refused(() -> assistance.file(form));
        refused(() -> assistance.school());
        refused(() -> assistance.mine(0, 10));
        refused(() -> assistance.queue(AssistanceQuery.all(), 0, 10));
        refused(() -> assistance.take(1000L, 0));
        refused(() -> assistance.sendUsername(1000L));
        refused(() -> assistance.resetSecurityQuestion(1000L));
        refused(() -> assistance.unlock(1000L));
        long after = em.createQuery("SELECT COUNT(r) FROM AssistanceRequest r", Long.class).getSingleResult();
        assertEquals(before, after, "nothing filed");
    }
}
