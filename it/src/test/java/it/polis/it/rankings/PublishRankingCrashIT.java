package it.polis.it.rankings;

import it.polis.it.rankings.RankingFixtures.S;
import it.polis.it.rankings.RankingFixtures.T;
import it.polis.it.support.TestPortal;
import it.polis.rankings.RankingJobWork;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dry run killed with the server (kill -9) half-way: at the next start its execution is FAILED, a
 * restart resumes after the last checkpoint, and the version it computes equals, row by row (position,
 * score, tie-break data, breakdown), the version of an uninterrupted run over the same applications; no
 * entry is written twice. The job is slowed down only through its dev/test parameter itemDelayMs.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishRankingCrashIT {

    private static final String PROCEDURE = "RNKCRASH";
    private static final String CYCLE = "CYC-RNKCRASH";
    private static final int PER_PARTITION = 60;

    @Deployment
    static WebArchive deployment() {
        return RankingDeployments.withJobs("ranking-crash-it", PublishRankingCrashIT.class, RankingFixtures.class,
                RankingFixtures.T.class, RankingFixtures.S.class, Callers.class, Callers.Names.class,
                Callers.Publisher.class, Callers.Approver.class, Callers.ProcedureAdmin.class,
                RankingDeployments.class);
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Test
    @Order(1)
    void aSlowDryRunIsRunning() throws Exception {
        RankingFixtures f = new RankingFixtures(em, PROCEDURE, 90_000_000L);
        tx.begin();
        f.procedure();
        em.createNativeQuery("INSERT INTO rnk_cycle (id, code, title_it, title_en, procedure_code) VALUES"
                + " (rnk_cycle_seq.NEXTVAL, ?, 'Crash', 'Crash', ?)").setParameter(1, CYCLE).setParameter(2, PROCEDURE)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points,"
                + " max_points, max_count, description_it, description_en) SELECT rnk_rule_seq.NEXTVAL,"
                + " (SELECT id FROM rnk_cycle WHERE code = ?), code, kind, qual_type, grade_from, grade_to, points,"
                + " max_points, max_count, description_it, description_en FROM rnk_rule WHERE cycle_id = 1")
                .setParameter(1, CYCLE).executeUpdate();
        String[][] partitions = {{"RM", "A022"}, {"MI", "A022"}, {"RM", "A028"}};
        int n = 0;
        for (String[] p : partitions) {
            for (int i = 0; i < PER_PARTITION; i++) {
                n++;
                // many equal scores, so the tie-breaks decide a lot of positions
                f.candidate(p[0], p[1], 1 + n % 2, LocalDate.of(1970 + n % 25, 1 + n % 12, 1), n % 3,
                        n % 4 == 0 ? List.of("P" + String.format("%02d", 1 + n % 20)) : List.of(),
                        List.of(new T("ACCESS", 66 + n % 45), new T(n % 5 == 0 ? "PHD" : "MASTER", 0)),
                        List.of(new S("2023-09-01", LocalDate.of(2023, 9, 1).plusDays(n % 200).toString(), p[1]),
                                new S("2024-09-01", LocalDate.of(2024, 9, 1).plusDays(n % 40).toString(), "A030")),
                        List.of("RMIC81200D"));
            }
        }
        tx.commit();
        long id = operator().start(RankingJobWork.JOB, parameters(100));
        long deadline = System.currentTimeMillis() + 120_000;
        while (count("SELECT COUNT(*) FROM rnk_entry e JOIN rnk_version v ON v.id = e.version_id JOIN rnk_cycle c"
                + " ON c.id = v.cycle_id WHERE c.code = '" + CYCLE + "'") < 30 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(BatchStatus.STARTED, operator().getJobExecution(id).getBatchStatus());
        assertTrue(entries() < PER_PARTITION * 3, "still scoring when the server dies");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerIsKilledAndStartedAgain() {
        TestPortal.get().server().kill();
        TestPortal.get().server().start();
        // The portal is ready; this test deployment loads beside it and may take longer on a busy machine.
        var client = java.net.http.HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 180_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline) {
            try {
                status = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        TestPortal.get().serverUrl() + "/ranking-crash-it/ArquillianServletRunnerEE9")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (status != 0 && status != 404 && status != 503) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the test deployment did not come back after the restart: " + status);
    }

    @Test
    @Order(3)
    void theRestartEndsWithTheRankingOfAnUninterruptedRun() throws Exception {
        JobExecution crashed = latest();
        assertEquals(BatchStatus.FAILED, crashed.getBatchStatus());
        long before = entries();
        assertTrue(before > 0 && before < PER_PARTITION * 3, "some chunks committed before the crash: " + before);
        long restarted = operator().restart(crashed.getExecutionId(), parameters(0));
        assertEquals(BatchStatus.COMPLETED, await(restarted));
        long crashedVersion = versionOf(operator().getJobInstance(crashed.getExecutionId()).getInstanceId());

        // The same ranking computed in one go.
        long clean = operator().start(RankingJobWork.JOB, parameters(0));
        assertEquals(BatchStatus.COMPLETED, await(clean));
        long cleanVersion = versionOf(operator().getJobInstance(clean).getInstanceId());
        assertNotEquals(crashedVersion, cleanVersion);

        assertEquals(PER_PARTITION * 3, count("SELECT COUNT(*) FROM rnk_entry WHERE version_id = " + crashedVersion));
        String cols = "province_code, subject_class, band, submission_id, account_id, score, pref_rank, children,"
                + " birth_date, position, breakdown";
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT " + cols + " FROM rnk_entry WHERE version_id = "
                + crashedVersion + " MINUS SELECT " + cols + " FROM rnk_entry WHERE version_id = " + cleanVersion + ")"));
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT " + cols + " FROM rnk_entry WHERE version_id = "
                + cleanVersion + " MINUS SELECT " + cols + " FROM rnk_entry WHERE version_id = " + crashedVersion + ")"));
        String school = "school_code, subject_class, band, submission_id, score, position";
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT " + school + " FROM rnk_school_entry WHERE version_id = "
                + crashedVersion + " MINUS SELECT " + school + " FROM rnk_school_entry WHERE version_id = "
                + cleanVersion + ")"));
        assertEquals(count("SELECT COUNT(*) FROM rnk_school_entry WHERE version_id = " + cleanVersion),
                count("SELECT COUNT(*) FROM rnk_school_entry WHERE version_id = " + crashedVersion));
        assertEquals("CANDIDATE", em.createNativeQuery("SELECT state FROM rnk_version WHERE id = ?")
                .setParameter(1, crashedVersion).getSingleResult());
        assertTrue(count("SELECT COUNT(DISTINCT position) FROM rnk_entry WHERE version_id = " + cleanVersion)
                < PER_PARTITION * 3, "ties share positions");
    }

    private static BatchStatus await(long execution) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        BatchStatus s = operator().getJobExecution(execution).getBatchStatus();
        while (System.currentTimeMillis() < deadline && (s == BatchStatus.STARTING || s == BatchStatus.STARTED
                || s == BatchStatus.STOPPING)) {
            Thread.sleep(200);
            s = operator().getJobExecution(execution).getBatchStatus();
        }
        return s;
    }

    private long versionOf(long instanceId) {
        return count("SELECT id FROM rnk_version WHERE job_instance_id = " + instanceId);
    }

    private long entries() {
        return count("SELECT COUNT(*) FROM rnk_entry e JOIN rnk_version v ON v.id = e.version_id JOIN rnk_cycle c"
                + " ON c.id = v.cycle_id WHERE c.code = '" + CYCLE + "'");
    }

    private static Properties parameters(long delayMs) {
        Properties p = new Properties();
        p.setProperty("cycle", CYCLE);
        p.setProperty("scope", "ALL");
        p.setProperty("mode", RankingJobWork.DRY_RUN);
        p.setProperty("requestedBy", "crash-test");
        p.setProperty("chunkSize", "5");
        p.setProperty("threads", "1");
        p.setProperty("itemDelayMs", String.valueOf(delayMs));
        return p;
    }

    private JobExecution latest() {
        var instances = operator().getJobInstances(RankingJobWork.JOB, 0, 50);
        return instances.stream().flatMap(i -> operator().getJobExecutions(i).stream())
                .filter(e -> CYCLE.equals(e.getJobParameters().getProperty("cycle")))
                .max((a, b) -> Long.compare(a.getExecutionId(), b.getExecutionId())).orElseThrow();
    }

    private long count(String sql) {
        em.clear();
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
