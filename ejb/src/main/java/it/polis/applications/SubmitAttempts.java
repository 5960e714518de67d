package it.polis.applications;

import it.polis.platform.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;

/**
 * Wrong personal codes at submit: each is audited in its own transaction (the refused submit rolls
 * back), and after {@value #MAX_WRONG} within {@link #WINDOW} further submits of that account are
 * refused until the window passes, so a session in the wrong hands cannot guess the code.
 */
@Stateless
@PermitAll
public class SubmitAttempts {

    static final String ACTION = "SUBMIT_CP_WRONG";
    static final int MAX_WRONG = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void wrongCode(String username, long applicationId) {
        audit.record(username, ACTION, "application", String.valueOf(applicationId), null, null);
    }

    public boolean blocked(String username, Instant now) {
        long wrong = em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.actor = :actor"
                        + " AND e.action = :action AND e.occurredAt > :since", Long.class)
                .setParameter("actor", username).setParameter("action", ACTION)
                .setParameter("since", now.minus(WINDOW)).getSingleResult();
        return wrong >= MAX_WRONG;
    }

}
