package it.polis.rankings;

import it.polis.identity.Role;
import it.polis.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The scoring rules of a cycle: everybody who works on rankings reads them; a procedure admin changes
 * them, or makes a new cycle from another's rules, only while no job has used the cycle.
 */
@Stateless
@RolesAllowed({Role.PROCEDURE_ADMIN, Role.RANKING_PUBLISHER, Role.RANKING_APPROVER, Role.ADMINISTRATOR})
public class RuleService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{2,39}");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private AuditLog audit;

    public List<ScoringRule> rules(String cycleCode) {
        return em.createNamedQuery(ScoringRule.BY_CYCLE, ScoringRule.class)
                .setParameter("cycleId", cycle(cycleCode).getId()).getResultList();
    }

    public boolean editable(String cycleCode) {
        return cycle(cycleCode).getUsedAt() == null;
    }

    /** Changes the numbers of one rule (optimistic version check: a concurrent edit is refused). */
    @RolesAllowed(Role.PROCEDURE_ADMIN)
    public void update(long ruleId, int expectedVersion, BigDecimal points, BigDecimal maxPoints, Integer maxCount,
                       Integer gradeFrom, Integer gradeTo) {
        ScoringRule r = em.find(ScoringRule.class, ruleId);
        if (r == null) {
            throw new RankingRejected("rnk.rule.notFound");
        }
        RankingCycle c = em.find(RankingCycle.class, r.getCycleId(), LockModeType.PESSIMISTIC_WRITE);
        if (c.getUsedAt() != null) {
            throw new RankingRejected("rnk.rule.cycleUsed");
        }
        if (r.getVersion() != expectedVersion) {
            throw new RankingRejected("rnk.rule.changedMeanwhile");
        }
        if (points == null || points.signum() < 0 || (maxPoints != null && maxPoints.signum() < 0)
                || (maxCount != null && maxCount < 0)) {
            throw new RankingRejected("rnk.rule.negative");
        }
        if (gradeFrom != null && gradeTo != null && gradeTo < gradeFrom) {
            throw new RankingRejected("rnk.rule.gradeOrder");
        }
        String before = r.getPoints() + "/" + r.getMaxPoints() + "/" + r.getMaxCount() + "/" + r.getGradeFrom()
                + "-" + r.getGradeTo();
        r.setPoints(points);
        r.setMaxPoints(maxPoints);
        r.setMaxCount(maxCount);
        if (r.getKind() == RuleKind.QUALIFICATION) {
            r.setGradeFrom(gradeFrom);
            r.setGradeTo(gradeTo);
        }
        audit.record(caller.getCallerPrincipal().getName(), "RANKING_RULE_UPDATED", "ranking_rule",
                String.valueOf(ruleId), c.getCode() + " " + r.getCode() + ": " + before + " -> " + points + "/"
                        + maxPoints + "/" + maxCount + "/" + gradeFrom + "-" + gradeTo, null);
    }

    /** A new cycle fed by a GPS procedure, with a copy of another cycle's rules. */
    @RolesAllowed(Role.PROCEDURE_ADMIN)
    public void createCycle(String code, String titleIt, String titleEn, String procedureCode, String copyFrom) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches() || procedureCode == null || procedureCode.isBlank()) {
            throw new RankingRejected("rnk.cycle.invalid");
        }
        if (!em.createNamedQuery(RankingCycle.BY_CODE, RankingCycle.class).setParameter("code", c).getResultList()
                .isEmpty()) {
            throw new RankingRejected("rnk.cycle.taken");
        }
        long id = ((Number) em.createNativeQuery("SELECT rnk_cycle_seq.NEXTVAL FROM dual").getSingleResult())
                .longValue();
        RankingCycle cycle = new RankingCycle(id, c, titleIt, titleEn, procedureCode.trim());
        em.persist(cycle);
        for (ScoringRule r : rules(copyFrom)) {
            em.persist(new ScoringRule(id, r));
        }
        audit.record(caller.getCallerPrincipal().getName(), "RANKING_CYCLE_CREATED", "ranking_cycle", c,
                "procedure " + procedureCode + ", rules of " + copyFrom, null);
    }

    private RankingCycle cycle(String code) {
        return em.createNamedQuery(RankingCycle.BY_CODE, RankingCycle.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new RankingRejected("rnk.cycle.notFound"));
    }
}
