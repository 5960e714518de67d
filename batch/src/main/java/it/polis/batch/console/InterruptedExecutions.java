package it.polis.batch.console;

import it.polis.platform.audit.AuditLog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a crash (kill -9, power loss) the job repository still says STARTED for the executions that
 * were running: nobody was left to write their end. While they look running they cannot be
 * abandoned, and the console would show them as alive forever. At start, before any job can run on
 * this instance, they are marked FAILED (exit status {@value #EXIT_STATUS}), so an operator, or the
 * job's own owner, restarts them from their last checkpoint.
 *
 * <p>Only the batch instance does this ({@code polis.batch.node}, true unless set otherwise): in a
 * deployment group the web instances share the repository but run no jobs, and must not touch the
 * executions the batch instance is running.
 */
@Singleton
@Startup
@DependsOn("polis-ejb.jar#SchemaMigrator")
public class InterruptedExecutions {

    static final String EXIT_STATUS = "INTERRUPTED_BY_SERVER_STOP";
    private static final Logger LOG = Logger.getLogger(InterruptedExecutions.class.getName());
    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    @Resource(lookup = "jdbc/polis")
    private DataSource dataSource;

    @EJB
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "polis.batch.node", defaultValue = "true")
    private boolean batchNode;

    @Inject
    @ConfigProperty(name = "polis.batch.table-prefix", defaultValue = "BATCH_")
    private String tablePrefix;

    private List<Long> marked = List.of();

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void markInterrupted() {
        if (!batchNode) {
            return;
        }
        String executions = table("EXECUTIONINSTANCEDATA");
        String steps = table("STEPEXECUTIONINSTANCEDATA");
        try (Connection c = dataSource.getConnection()) {
            if (!exists(c, executions)) {
                return; // the runtime creates its tables at the first job: nothing ran yet
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT jobexecid FROM " + executions + " WHERE batchstatus IN " + RUNNING);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            if (ids.isEmpty()) {
                return;
            }
            Timestamp now = new Timestamp(System.currentTimeMillis());
            // Steps first (their table has no update time), then the executions themselves.
            update(c, steps, "", now);
            update(c, executions, ", updatetime = ?", now);
            for (Long id : ids) {
                audit.record("system", "BATCH_EXECUTION_INTERRUPTED", "JOB_EXECUTION", String.valueOf(id),
                        "left running by a server stop; marked FAILED, restartable from its last checkpoint", null);
            }
            marked = List.copyOf(ids);
            LOG.warning(() -> "Job executions left running by a server stop, marked FAILED: " + ids);
        } catch (SQLException e) {
            // The portal must start even if the repository cannot be read; the console still shows them.
            LOG.log(Level.SEVERE, "Could not mark interrupted job executions", e);
        }
    }

    /** Executions this start found left running and marked FAILED (for the console and tests). */
    public List<Long> markedAtStart() {
        return marked;
    }

    private static void update(Connection c, String table, String extra, Timestamp now) throws SQLException {
        if (!exists(c, table)) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                + " SET batchstatus = 'FAILED', exitstatus = ?, endtime = ?" + extra
                + " WHERE batchstatus IN " + RUNNING)) {
            ps.setString(1, EXIT_STATUS);
            ps.setTimestamp(2, now);
            if (!extra.isEmpty()) {
                ps.setTimestamp(3, now);
            }
            ps.executeUpdate();
        }
    }

    private String table(String name) {
        return (tablePrefix == null ? "" : tablePrefix.trim()) + name;
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        for (String candidate : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT), table}) {
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
