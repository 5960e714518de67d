package it.polis.it.platform.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Plain inserts (no merge) into a table keyed by the number: if a restart wrote a chunk twice, the
 * chunk would fail on the key, so the test sees duplicates instead of hiding them. Slow on purpose,
 * so the server can be killed while the job runs.
 */
@Named
@Dependent
public class CrashProbeWriter extends AbstractItemWriter {

    @Resource(lookup = "jdbc/polis")
    private DataSource dataSource;

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String delayMs;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO it_crash_probe (n, exec_id) VALUES (?, ?)")) {
            for (Object item : items) {
                ps.setInt(1, (Integer) item);
                ps.setLong(2, job.getExecutionId());
                ps.addBatch();
                Thread.sleep(Long.parseLong(delayMs));
            }
            ps.executeBatch();
        }
    }
}
