package it.polis.rankings;

import it.polis.identity.Role;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.batch.BatchJobs;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Properties;

/**
 * Ranking publication with four eyes: a ranking publisher runs a dry run (the publish-ranking job makes a
 * candidate version and its diff), a ranking approver who is not the account that ran it approves it, a
 * publisher publishes it (the job switches the visible version in one transaction), and a publisher can
 * roll back to the previous version in one action. Every step, and every refusal of the four-eyes rule,
 * is audited.
 */
@Stateless
@RolesAllowed({Role.RANKING_PUBLISHER, Role.RANKING_APPROVER, Role.ADMINISTRATOR})
public class RankingService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    @EJB
    private RankingJobWork work;

    @EJB
    private BatchJobs jobs;

    public List<RankingCycle> cycles() {
        return em.createNamedQuery(RankingCycle.ALL, RankingCycle.class).getResultList();
    }

    public List<VersionView> versions(String cycleCode) {
        RankingCycle c = cycle(cycleCode);
        return em.createNamedQuery(RankingVersion.BY_CYCLE, RankingVersion.class).setParameter("cycleId", c.getId())
                .getResultStream().map(v -> VersionView.of(v, c)).toList();
    }

    public VersionView version(long id) {
        RankingVersion v = em.find(RankingVersion.class, id);
        if (v == null) {
            throw new RankingRejected("rnk.version.notFound");
        }
        return VersionView.of(v, em.find(RankingCycle.class, v.getCycleId()));
    }

    /** Starts a dry run (job execution id). Outside a transaction, so the job sees committed data only. */
    @RolesAllowed(Role.RANKING_PUBLISHER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long requestDryRun(String cycleCode, String scope) {
        cycle(cycleCode);
        Scope parsed = Scope.parse(scope);
        Properties p = new Properties();
        p.setProperty("cycle", cycleCode);
        p.setProperty("scope", parsed.text());
        p.setProperty("mode", RankingJobWork.DRY_RUN);
        return start(p, "RANKING_DRY_RUN_REQUESTED", cycleCode + " scope " + parsed.text());
    }

    /** Approves a candidate: never by the account that ran it (refusals audited). */
    @RolesAllowed(Role.RANKING_APPROVER)
    public void approve(long versionId) {
        String me = caller.getCallerPrincipal().getName();
        RankingVersion v = em.find(RankingVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE);
        if (v == null) {
            throw new RankingRejected("rnk.version.notFound");
        }
        if (me.equals(v.getRunBy())) {
            work.auditNow(me, "RANKING_APPROVAL_REFUSED", String.valueOf(versionId),
                    "four eyes: the approver ran this candidate");
            throw new RankingRejected("rnk.approve.sameAccount");
        }
        if (v.getState() != VersionState.CANDIDATE) {
            throw new RankingRejected("rnk.approve.notCandidate");
        }
        v.approve(me, clock.now());
        audit.record(me, "RANKING_APPROVED", "ranking_version", String.valueOf(versionId),
                "run by " + v.getRunBy(), null);
    }

    /** Rejects a candidate (it will never be published). */
    @RolesAllowed(Role.RANKING_APPROVER)
    public void reject(long versionId) {
        String me = caller.getCallerPrincipal().getName();
        RankingVersion v = em.find(RankingVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE);
        if (v == null || (v.getState() != VersionState.CANDIDATE && v.getState() != VersionState.APPROVED)) {
            throw new RankingRejected("rnk.approve.notCandidate");
        }
        v.setState(VersionState.FAILED);
        audit.record(me, "RANKING_REJECTED", "ranking_version", String.valueOf(versionId), null, null);
    }

    /** Starts the job that publishes an approved version (job execution id). */
    @RolesAllowed(Role.RANKING_PUBLISHER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long requestPublish(long versionId) {
        RankingVersion v = em.find(RankingVersion.class, versionId);
        if (v == null) {
            throw new RankingRejected("rnk.version.notFound");
        }
        if (v.getState() != VersionState.APPROVED) {
            throw new RankingRejected("rnk.publish.notApproved");
        }
        RankingCycle c = em.find(RankingCycle.class, v.getCycleId());
        Properties p = new Properties();
        p.setProperty("cycle", c.getCode());
        p.setProperty("scope", v.getScope());
        p.setProperty("mode", RankingJobWork.PUBLISH);
        p.setProperty("version", String.valueOf(versionId));
        return start(p, "RANKING_PUBLISH_REQUESTED", c.getCode() + " version " + versionId);
    }

    /** Makes the previous published version visible again, in one transaction. */
    @RolesAllowed(Role.RANKING_PUBLISHER)
    public void rollback(String cycleCode) {
        String me = caller.getCallerPrincipal().getName();
        RankingCycle c = em.find(RankingCycle.class, cycle(cycleCode).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (c.getPublishedVersionId() == null) {
            throw new RankingRejected("rnk.rollback.nothing");
        }
        RankingVersion current = em.find(RankingVersion.class, c.getPublishedVersionId());
        if (current.getPreviousVersionId() == null) {
            throw new RankingRejected("rnk.rollback.noPrevious");
        }
        RankingVersion previous = em.find(RankingVersion.class, current.getPreviousVersionId());
        current.setState(VersionState.ROLLED_BACK);
        previous.setState(VersionState.PUBLISHED);
        c.setPublishedVersionId(previous.getId());
        audit.record(me, "RANKING_ROLLED_BACK", "ranking_version", String.valueOf(current.getId()),
                cycleCode + " visible version " + current.getId() + " -> " + previous.getId(), null);
    }

    public long diffCount(long versionId, String kind) {
        var q = em.createNativeQuery("SELECT COUNT(*) FROM rnk_diff WHERE version_id = ?"
                + (kind == null ? "" : " AND change_kind = ?")).setParameter(1, versionId);
        if (kind != null) {
            q.setParameter(2, kind);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<DiffRow> diff(long versionId, String kind, int first, int size) {
        var q = em.createNativeQuery("SELECT province_code, subject_class, band, submission_id,"
                + " change_kind, old_position, new_position, old_score, new_score FROM rnk_diff WHERE version_id = ?"
                + (kind == null ? "" : " AND change_kind = ?")
                + " ORDER BY province_code, subject_class, band, COALESCE(new_position, old_position), submission_id")
                .setParameter(1, versionId);
        if (kind != null) {
            q.setParameter(2, kind);
        }
        List<Object[]> rows = q.setFirstResult(first).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new DiffRow((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).longValue(), (String) r[4], r[5] == null ? null : ((Number) r[5]).longValue(),
                r[6] == null ? null : ((Number) r[6]).longValue(), (BigDecimal) r[7], (BigDecimal) r[8])).toList();
    }

    /** Applications a run could not score, with the reason. */
    @SuppressWarnings("unchecked")
    public List<Object[]> skipped(long versionId) {
        return em.createNativeQuery("SELECT submission_id, reason FROM rnk_skipped WHERE version_id = ? ORDER BY id")
                .setParameter(1, versionId).setMaxResults(200).getResultList();
    }

    private long start(Properties p, String action, String detail) {
        String me = caller.getCallerPrincipal().getName();
        p.setProperty("requestedBy", me);
        long execution = jobs.start(RankingJobWork.JOB, p);
        work.auditNow(me, action, null, detail + " execution " + execution);
        return execution;
    }

    private RankingCycle cycle(String code) {
        return em.createNamedQuery(RankingCycle.BY_CODE, RankingCycle.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new RankingRejected("rnk.cycle.notFound"));
    }
}
