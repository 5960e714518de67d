package it.polis.it.platform.batch;

import it.polis.it.support.TestPortal;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job repository across a crash: a slow chunk job runs, the server is killed hard mid-job and
 * started again; the execution left STARTED is then FAILED (marked at start, not left "running"
 * forever), and a restart resumes after the last checkpoint: every item written exactly once, the
 * ones before the crash by the first execution. Steps run in order; the kill runs in the test JVM.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchRepositoryIT {

    private static final String JOB = "crash-probe";
    private static final int ITEMS = 80;

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "batch-repository-it.war")
                .addClasses(BatchRepositoryIT.class, CrashProbeReader.class, CrashProbeWriter.class)
                .addAsResource(BatchRepositoryIT.class.getPackage(), "crash-probe.xml", "META-INF/batch-jobs/crash-probe.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Resource(lookup = "jdbc/polis")
    private DataSource dataSource;

    @Test
    @Order(1)
    void aJobIsRunningWithItsRepositoryInThePortalDatabase() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS it_crash_probe (n NUMBER(10) PRIMARY KEY, exec_id NUMBER(19) NOT NULL)");
            s.execute("DELETE FROM it_crash_probe");
        }
        long id = operator().start(JOB, parameters(150));
        // Wait for a few committed chunks, well before the end (80 items x 150 ms = 12 s).
        long deadline = System.currentTimeMillis() + 60_000;
        while (count("SELECT COUNT(*) FROM it_crash_probe") < 15 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(BatchStatus.STARTED, operator().getJobExecution(id).getBatchStatus());
        assertTrue(count("SELECT COUNT(*) FROM it_crash_probe") < ITEMS, "still running when the server dies");
        assertEquals(1, count("SELECT COUNT(*) FROM BATCH_EXECUTIONINSTANCEDATA WHERE jobexecid = " + id),
                "the execution is recorded in jdbc/polis, tables prefixed BATCH_");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerIsKilledAndStartedAgain() {
        TestPortal.get().server().kill();
        TestPortal.get().server().start();
    }

    @Test
    @Order(3)
    void theInterruptedExecutionIsFailedAndARestartResumesAfterItsLastCheckpoint() throws Exception {
        JobExecution crashed = latestExecution();
        assertEquals(BatchStatus.FAILED, crashed.getBatchStatus());
        assertEquals("INTERRUPTED_BY_SERVER_STOP", crashed.getExitStatus());
        int before = count("SELECT COUNT(*) FROM it_crash_probe");
        assertTrue(before > 0 && before < ITEMS, "some chunks committed before the crash: " + before);

        // A restart takes its parameters anew (the spec does not carry the old ones over).
        long restarted = operator().restart(crashed.getExecutionId(), parameters(20));
        long deadline = System.currentTimeMillis() + 120_000;
        while (!done(operator().getJobExecution(restarted).getBatchStatus()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(BatchStatus.COMPLETED, operator().getJobExecution(restarted).getBatchStatus());
        assertEquals(ITEMS, count("SELECT COUNT(*) FROM it_crash_probe"), "every item written");
        assertEquals(ITEMS, count("SELECT COUNT(DISTINCT n) FROM it_crash_probe"), "no item twice");
        assertEquals(before, count("SELECT COUNT(*) FROM it_crash_probe WHERE exec_id = " + crashed.getExecutionId()),
                "the restart did not redo what the first execution had committed");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'BATCH_EXECUTION_INTERRUPTED' AND target_id = '"
                + crashed.getExecutionId() + "'"), "the marking is audited");
    }

    private static Properties parameters(int delayMs) {
        Properties params = new Properties();
        params.setProperty("items", String.valueOf(ITEMS));
        params.setProperty("delayMs", String.valueOf(delayMs));
        return params;
    }

    private JobExecution latestExecution() {
        List<JobInstance> instances = operator().getJobInstances(JOB, 0, 1);
        List<JobExecution> executions = operator().getJobExecutions(instances.get(0));
        return executions.stream().max((a, b) -> Long.compare(a.getExecutionId(), b.getExecutionId())).orElseThrow();
    }

    private static boolean done(BatchStatus s) {
        return s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED || s == BatchStatus.ABANDONED;
    }

    private int count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
