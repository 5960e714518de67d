package it.polis.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import it.polis.platform.PortalClock;

/**
 * Records state changes in the caller's transaction: if the change rolls back, so does its audit row.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    public void record(String actor, String action, String targetType, String targetId, String detail,
                       String clientAddr) {
        em.persist(new AuditEvent(clock.now(), actor, action, targetType, targetId,
                detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000), clientAddr));
    }
}
