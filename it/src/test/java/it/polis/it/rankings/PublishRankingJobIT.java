package it.polis.it.rankings;

import it.polis.it.rankings.RankingFixtures.S;
import it.polis.it.rankings.RankingFixtures.T;
import it.polis.rankings.RankingJobWork;
import it.polis.rankings.RankingRejected;
import it.polis.rankings.RankingService;
import it.polis.rankings.RuleService;
import it.polis.rankings.VersionState;
import it.polis.rankings.VersionView;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The publish-ranking job on the real server and database: a dry run makes a candidate with positions,
 * tie-breaks, a skipped bad application, school rankings and a diff; the approver must not be the one who
 * ran it; publishing switches the visible version; a second dry run's diff says who entered, left, moved
 * up or down; rollback brings the previous version back in one action; every step is audited.
 */
@ExtendWith(ArquillianExtension.class)
class PublishRankingJobIT {

    @Deployment
    static WebArchive deployment() {
        return RankingDeployments.withJobs("ranking-job-it", PublishRankingJobIT.class, RankingFixtures.class,
                RankingFixtures.T.class, RankingFixtures.S.class, Callers.class, Callers.Names.class,
                Callers.Publisher.class, Callers.Approver.class, Callers.ProcedureAdmin.class,
                RankingDeployments.class);
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @EJB
    private RankingService rankings;

    @EJB
    private RuleService rules;

    @EJB
    private Callers.Publisher publisher;

    @EJB
    private Callers.Approver approver;

    @EJB
    private Callers.ProcedureAdmin procedureAdmin;

    @Test
    void dryRunDiffApprovePublishRollback() throws Exception {
        long base = 50_000_000L + ThreadLocalRandom.current().nextLong(1, 40_000) * 1000;
        String procedure = "RNKIT" + base;
        String cycle = "CYC" + base;
        RankingFixtures f = new RankingFixtures(em, procedure, base);
        tx.begin();
        f.procedure();
        // RM A022 band 2. A: 20 + 12 = 32, no title. B: 32 with preference title P05. C: 32, no title, 2 children.
        long a = f.candidate("RM", "A022", 2, LocalDate.of(1985, 1, 1), 0, List.of(),
                List.of(new T("ACCESS", 110)), List.of(new S("2023-09-01", "2024-06-30", "A022")),
                List.of("RMIC81200D"));
        long b = f.candidate("RM", "A022", 2, LocalDate.of(1970, 1, 1), 0, List.of("P05", "P17"),
                List.of(new T("ACCESS", 108)), List.of(new S("2023-10-01", "2024-03-14", "A022")),
                List.of("RMIC81200D"));
        long c = f.candidate("RM", "A022", 2, LocalDate.of(1980, 1, 1), 2, List.of(),
                List.of(new T("ACCESS", 106)), List.of(new S("2022-09-01", "2023-06-30", "A022")),
                List.of("RMIC81200D"));
        // D: 16, younger than E' (same 16, older): D first.
        long d = f.candidate("RM", "A022", 2, LocalDate.of(1995, 1, 1), 0, List.of(),
                List.of(new T("ACCESS", 95)), List.of(), List.of("RMIC81200D"));
        long e = f.candidate("RM", "A022", 2, LocalDate.of(1990, 1, 1), 0, List.of(),
                List.of(new T("ACCESS", 95)), List.of(), List.of());
        // bad data: skipped and recorded
        long bad = f.candidate("RM", "A022", 2, LocalDate.of(1990, 1, 1), 0, List.of(),
                List.of(new T("ACCESS", -5)), List.of(), List.of());
        long h = f.candidate("RM", "A028", 2, LocalDate.of(1990, 1, 1), 0, List.of(),
                List.of(new T("ACCESS", 80)), List.of(), List.of());
        long m = f.candidate("MI", "A022", 2, LocalDate.of(1990, 1, 1), 0, List.of(),
                List.of(new T("ACCESS", 110)), List.of(), List.of());
        tx.commit();
        procedureAdmin.call(() -> {
            rules.createCycle(cycle, "Prova", "Test", procedure, "GPS-2027-29");
            return null;
        });

        // Dry run by the publisher.
        long exec1 = publisher.call(() -> rankings.requestDryRun(cycle, "ALL"));
        assertEquals(BatchStatus.COMPLETED, await(exec1));
        VersionView v1 = publisher.call(() -> rankings.versions(cycle)).get(0);
        assertEquals(VersionState.CANDIDATE, v1.state());
        assertEquals(publisher.name(), v1.runBy());
        assertEquals(7, v1.entries(), "8 applications, 1 skipped");
        assertEquals(7, v1.entered());
        assertEquals(List.of(b, c, a, d, e), ids(v1.id(), "RM"));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), positions(v1.id(), "RM"));
        assertEquals(1, count("SELECT COUNT(*) FROM rnk_skipped WHERE version_id = ? AND submission_id = " + bad,
                v1.id()));
        String breakdown = (String) em.createNativeQuery("SELECT breakdown FROM rnk_entry WHERE version_id = ?"
                + " AND submission_id = ?").setParameter(1, v1.id()).setParameter(2, a).getSingleResult();
        assertTrue(breakdown.contains("ACC-106|20") && breakdown.contains("SRV-IN|12.00|2023/24 A022"), breakdown);
        assertEquals(4, count("SELECT COUNT(*) FROM rnk_school_entry WHERE version_id = ? AND school_code = 'RMIC81200D'",
                v1.id()), "school ranking of the four who chose RMIC81200D");
        assertEquals(4L, ((Number) em.createNativeQuery("SELECT position FROM rnk_school_entry WHERE version_id = ?"
                + " AND submission_id = ?").setParameter(1, v1.id()).setParameter(2, d).getSingleResult()).longValue());

        // Four eyes: the publisher may not approve, nor may an approver who ran the candidate.
        assertThrows(EJBAccessException.class, () -> publisher.call(() -> {
            rankings.approve(v1.id());
            return null;
        }));
        Properties p = new Properties();
        p.setProperty("cycle", cycle);
        p.setProperty("scope", "MI");
        p.setProperty("mode", RankingJobWork.DRY_RUN);
        p.setProperty("requestedBy", approver.name());
        long own = BatchRuntime.getJobOperator().start(RankingJobWork.JOB, p);
        assertEquals(BatchStatus.COMPLETED, await(own));
        long ownVersion = publisher.call(() -> rankings.versions(cycle)).get(0).id();
        RankingRejected refused = assertThrows(RankingRejected.class, () -> approver.call(() -> {
            rankings.approve(ownVersion);
            return null;
        }));
        assertEquals("rnk.approve.sameAccount", refused.messageKey());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'RANKING_APPROVAL_REFUSED'"
                + " AND target_id = ?", ownVersion));

        // Publishing needs the approval first.
        assertThrows(RankingRejected.class, () -> publisher.call(() -> rankings.requestPublish(v1.id())));
        approver.call(() -> {
            rankings.approve(v1.id());
            return null;
        });
        long pub1 = publisher.call(() -> rankings.requestPublish(v1.id()));
        assertEquals(BatchStatus.COMPLETED, await(pub1));
        assertEquals(v1.id(), visible(cycle));

        // Changes: D gets a doctorate and a teaching qualification (16 + 24 = 40: up), G enters with 44,
        // M withdraws (leaves), H gets a certification (14 + 3, same position: score change).
        tx.begin();
        f.addTitle(d, 2, new T("PHD", 0));
        f.addTitle(d, 3, new T("TEACHING", 0));
        f.addTitle(h, 2, new T("CERTIFICATION", 0));
        long g = f.candidate("RM", "A022", 2, LocalDate.of(1992, 1, 1), 0, List.of(),
                List.of(new T("ACCESS", 110), new T("TEACHING", 0), new T("PHD", 0)), List.of(), List.of());
        f.annul(m);
        tx.commit();
        long exec2 = publisher.call(() -> rankings.requestDryRun(cycle, "ALL"));
        assertEquals(BatchStatus.COMPLETED, await(exec2));
        VersionView v2 = publisher.call(() -> rankings.versions(cycle)).get(0);
        assertEquals(VersionState.CANDIDATE, v2.state());
        assertEquals(v1.id(), v2.baseVersionId());
        assertEquals(List.of(g, d, b, c, a, e), ids(v2.id(), "RM"));
        assertEquals(1, v2.entered(), "G entered");
        assertEquals(1, v2.left(), "M left");
        assertEquals(1, v2.up(), "D moved up");
        assertEquals(4, v2.down(), "B, C, A and E moved down");
        assertEquals(1, v2.scoreChanged(), "H: same position, new score");
        assertEquals("ENTERED", kind(v2.id(), g));
        assertEquals("LEFT", kind(v2.id(), m));
        assertEquals("UP", kind(v2.id(), d));
        assertEquals("DOWN", kind(v2.id(), a));
        assertEquals("SCORE", kind(v2.id(), h));
        assertEquals(8, publisher.call(() -> rankings.diffCount(v2.id(), null)), "1 + 1 + 1 + 4 + 1");
        assertEquals(v1.id(), visible(cycle), "a candidate changes nothing visible");

        approver.call(() -> {
            rankings.approve(v2.id());
            return null;
        });
        assertEquals(BatchStatus.COMPLETED, await(publisher.call(() -> rankings.requestPublish(v2.id()))));
        assertEquals(v2.id(), visible(cycle));
        assertEquals(VersionState.SUPERSEDED, publisher.call(() -> rankings.version(v1.id())).state());
        assertEquals(v1.id(), publisher.call(() -> rankings.version(v2.id())).previousVersionId());

        // Rollback: one action, by a publisher only.
        assertThrows(EJBAccessException.class, () -> approver.call(() -> {
            rankings.rollback(cycle);
            return null;
        }));
        publisher.call(() -> {
            rankings.rollback(cycle);
            return null;
        });
        assertEquals(v1.id(), visible(cycle));
        assertEquals(VersionState.ROLLED_BACK, publisher.call(() -> rankings.version(v2.id())).state());
        assertEquals(VersionState.PUBLISHED, publisher.call(() -> rankings.version(v1.id())).state());
        RankingRejected none = assertThrows(RankingRejected.class, () -> publisher.call(() -> {
            rankings.rollback(cycle);
            return null;
        }));
        assertEquals("rnk.rollback.noPrevious", none.messageKey());

        // Rules of a used cycle are frozen.
        long ruleId = ((Number) em.createNativeQuery("SELECT r.id FROM rnk_rule r JOIN rnk_cycle c ON c.id = r.cycle_id"
                + " WHERE c.code = ? AND r.code = 'PHD'").setParameter(1, cycle).getSingleResult()).longValue();
        RankingRejected frozen = assertThrows(RankingRejected.class, () -> procedureAdmin.call(() -> {
            rules.update(ruleId, 0, java.math.BigDecimal.ONE, null, null, 0, 110);
            return null;
        }));
        assertEquals("rnk.rule.cycleUsed", frozen.messageKey());

        // Audited, each by the account that did it.
        for (String action : List.of("RANKING_DRY_RUN_REQUESTED", "RANKING_DRY_RUN_STARTED", "RANKING_CANDIDATE_READY",
                "RANKING_APPROVED", "RANKING_PUBLISH_REQUESTED", "RANKING_PUBLISHED", "RANKING_ROLLED_BACK")) {
            assertTrue(((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE action = ?")
                    .setParameter(1, action).getSingleResult()).longValue() > 0, action);
        }
        assertEquals(approver.name(), em.createNativeQuery("SELECT actor FROM audit_event WHERE action ="
                + " 'RANKING_APPROVED' AND target_id = ?").setParameter(1, String.valueOf(v2.id())).getSingleResult());
        assertNotEquals(approver.name(), publisher.name());
        assertNull(kind(v2.id(), b + 1_000_000));
    }

    private String kind(long version, long submission) {
        List<?> r = em.createNativeQuery("SELECT change_kind FROM rnk_diff WHERE version_id = ? AND submission_id = ?")
                .setParameter(1, version).setParameter(2, submission).getResultList();
        return r.isEmpty() ? null : (String) r.get(0);
    }

    private long visible(String cycle) {
        em.clear();
        return ((Number) em.createNativeQuery("SELECT published_version_id FROM rnk_cycle WHERE code = ?")
                .setParameter(1, cycle).getSingleResult()).longValue();
    }

    private long count(String sql, long param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(long version, String province) {
        return ((List<Number>) em.createNativeQuery("SELECT submission_id FROM rnk_entry WHERE version_id = ?"
                        + " AND province_code = ? AND subject_class = 'A022' ORDER BY position, submission_id")
                .setParameter(1, version)
                .setParameter(2, province).getResultList()).stream().map(Number::longValue).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Long> positions(long version, String province) {
        return ((List<Number>) em.createNativeQuery("SELECT position FROM rnk_entry WHERE version_id = ?"
                        + " AND province_code = ? AND subject_class = 'A022' ORDER BY position, submission_id")
                .setParameter(1, version)
                .setParameter(2, province).getResultList()).stream().map(Number::longValue).toList();
    }

    static BatchStatus await(long execution) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            BatchStatus s = BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED
                    || s == BatchStatus.ABANDONED) {
                return s;
            }
            Thread.sleep(200);
        }
        return BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
    }
}
