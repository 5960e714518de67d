package it.polis.batch.console;

import it.polis.platform.audit.AuditLog;
import it.polis.rankings.RankingJobWork;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The console's audit rows, each in a transaction of its own (the console itself runs outside one). */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ConsoleAudit {

    @Inject
    private AuditLog audit;

    @EJB
    private RankingJobWork rankings;

    public void record(String actor, String action, Long executionId, String detail) {
        audit.record(actor, action, "job_execution", executionId == null ? null : String.valueOf(executionId),
                detail, null);
    }

    public void rankingAbandoned(long instanceId) {
        rankings.abandoned(instanceId);
    }
}
