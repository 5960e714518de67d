package it.polis.reference;

import it.polis.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Dev and benchmark support only (reached through {@code POST /dev/schools}, 404 unless dev mode is on):
 * fills the school table with a national-size generated set (see {@link SchoolCodes}). Deterministic
 * for a seed and idempotent: codes already present are skipped, so running it again inserts nothing,
 * and a larger count adds only the missing schools. Inserts with JDBC batches.
 */
@Stateless
public class SchoolGenerator {

    public static final long DEFAULT_SEED = 2027L;
    public static final int MAX_COUNT = 20_000;
    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(SchoolGenerator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/polis")
    private DataSource dataSource;

    @Inject
    private AuditLog audit;

    /** What a run did. */
    public record Result(int requested, int inserted, long total) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Result generate(int count, long seed) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be 1.." + MAX_COUNT);
        }
        List<SchoolCodes.ProvinceRef> provinces = em.createNamedQuery(Province.ALL, Province.class).getResultList()
                .stream().map(p -> new SchoolCodes.ProvinceRef(p.getCode(), p.getName())).toList();
        List<SchoolCodes.Row> rows = SchoolCodes.generate(seed, count, provinces);
        int inserted = 0;
        long total;
        try (Connection c = dataSource.getConnection()) {
            Set<String> existing = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code FROM school");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO school (code, name, school_type, comune, "
                    + "province_code, distretto, email) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (SchoolCodes.Row r : rows) {
                    if (!existing.add(r.code())) {
                        continue;
                    }
                    ps.setString(1, r.code());
                    ps.setString(2, r.name());
                    ps.setString(3, r.type());
                    ps.setString(4, r.comune());
                    ps.setString(5, r.provinceCode());
                    ps.setString(6, r.distretto());
                    ps.setString(7, r.email());
                    ps.addBatch();
                    inserted++;
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
            total = existing.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert the generated schools", e);
        }
        if (inserted > 0) {
            audit.record("dev", "SCHOOLS_GENERATED", "school", null,
                    inserted + " of " + count + " (seed " + seed + ")", null);
        }
        int done = inserted;
        LOG.info(() -> "Generated schools: " + done + " inserted, " + total + " in the table");
        return new Result(count, inserted, total);
    }
}
