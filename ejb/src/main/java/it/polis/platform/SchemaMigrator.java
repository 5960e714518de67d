package it.polis.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Applies the Flyway migrations before anything else touches the database.
 * Other startup beans declare {@code @DependsOn("SchemaMigrator")}.
 * Bean-managed transactions: Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/polis")
    private DataSource dataSource;

    private volatile String schemaVersion = "none";

    @PostConstruct
    void migrate() {
        // Common SQL is portable between H2 (Oracle mode) and Oracle; {vendor} holds what is not.
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
                .failOnMissingLocations(false)
                .load();
        MigrateResult result = flyway.migrate();
        var current = flyway.info().current();
        schemaVersion = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "Schema at version " + schemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
