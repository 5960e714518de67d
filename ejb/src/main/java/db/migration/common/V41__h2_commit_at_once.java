package db.migration.common;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Statement;

/**
 * H2 only (local runs and tests; nothing on Oracle): every commit is written to the database file at once
 * instead of up to 500 ms later (a persistent database setting), so a server killed hard (kill -9) keeps
 * what it committed, as Oracle does. The campaign job relies on it: a recipient marked SENT must stay SENT
 * after a crash, or the restart would send to it again.
 */
public class V41__h2_commit_at_once extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (!"H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY 0");
        }
    }
}
