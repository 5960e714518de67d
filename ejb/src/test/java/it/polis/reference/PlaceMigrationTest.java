package it.polis.reference;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations on H2 in Oracle mode, configured as SchemaMigrator does: the Java migration
 * V6_1 is found by the classpath scan and loads every place and province.
 */
class PlaceMigrationTest {

    @Test
    void migrationsLoadThePlacesAndProvinces() throws Exception {
        String url = "jdbc:h2:mem:places-" + System.nanoTime() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure(PlaceMigrationTest.class.getClassLoader()).dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
                .failOnMissingLocations(false).load();
        flyway.migrate();
        assertTrue(flyway.info().current().getVersion().isAtLeast("6.1"), flyway.info().current().getVersion().toString());

        var loader = java.util.Arrays.stream(flyway.info().applied())
                .filter(m -> m.getVersion().getVersion().equals("6.1")).findFirst().orElseThrow();
        assertEquals("JDBC", loader.getType().name(), "a Java migration found by the classpath scan");
        assertTrue(loader.getState().isApplied() && !loader.getState().isFailed(), loader.getState().name());

        int places = PlaceData.places().size();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            assertEquals(places, count(s, "SELECT COUNT(*) FROM place"));
            assertEquals(PlaceData.provinces().size(), count(s, "SELECT COUNT(*) FROM province"));
            assertEquals(3, count(s, "SELECT COUNT(*) FROM province WHERE valid_to IS NOT NULL"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM place WHERE code = 'H501' AND province_code = 'RM'"
                    + " AND search_name = 'ROMA' AND valid_to IS NULL"));
            assertEquals(1, count(s, "SELECT COUNT(*) FROM place WHERE code = 'D609' AND valid_to = DATE '2017-01-01'"));
        }
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
