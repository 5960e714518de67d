package it.polis.rankings;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dev and benchmark support only (reached through {@code /dev/bench/ranking}, 404 unless dev mode is on;
 * H2 only: it uses SYSTEM_RANGE). Writes N synthetic submitted GPS applications straight into the tables
 * a GPS submit fills, in set-based statements, for a cycle of their own (rules copied from GPS-2027-29);
 * then computes the same ranking with one INSERT ... SELECT ... RANK() OVER (...) and compares it with a
 * version computed by the job.
 *
 * <p>The synthetic data keep to what one SQL statement can score the way the job does: one access title
 * each, at most one other title, and service periods that never overlap and each lie inside one school
 * year (2023/24 in or out of the subject class, 2024/25 in it). The job itself handles the general case.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RankingBenchData {

    public static final String PROCEDURE = "BENCH-RNK";
    public static final String CYCLE = "BENCH-RNK";
    private static final long BASE = 500_000_000L;
    private static final String[] PROVINCES = {"TO", "MI", "VE", "BO", "FI", "RM", "NA", "BA", "PA", "CA"};
    private static final String[] CLASSES = {"A001", "A011", "A012", "A018", "A022", "A026", "A027", "A028", "AB24",
            "ADMM"};

    @Resource(lookup = "jdbc/polis")
    private DataSource ds;

    /** Replaces the benchmark's applications with {@code count} new ones; returns what was written. */
    public Map<String, Object> generate(int count) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            clean(s);
            s.executeUpdate("INSERT INTO app_procedure (id, code, kind, title_it, title_en, opens_at, closes_at,"
                    + " max_preferences, created_at, updated_at) VALUES (" + BASE + ", '" + PROCEDURE + "', 'GPS',"
                    + " 'Benchmark', 'Benchmark', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-02-01 00:00:00', 150,"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO rnk_cycle (id, code, title_it, title_en, procedure_code) VALUES (" + BASE
                    + ", '" + CYCLE + "', 'Benchmark', 'Benchmark', '" + PROCEDURE + "')");
            s.executeUpdate("INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points,"
                    + " max_points, max_count, description_it, description_en) SELECT " + BASE + " + id, " + BASE
                    + ", code, kind, qual_type, grade_from, grade_to, points, max_points, max_count, description_it,"
                    + " description_en FROM rnk_rule WHERE cycle_id = 1");
            String range = " FROM SYSTEM_RANGE(1, " + count + ") r";
            String id = "(" + BASE + " + r.X)";
            String classCase = "CASE MOD(r.X, 10)";
            for (int i = 0; i < CLASSES.length; i++) {
                classCase += " WHEN " + i + " THEN '" + CLASSES[i] + "'";
            }
            classCase += " END";
            String provinceCase = "CASE MOD(r.X / 10, 10)";
            for (int i = 0; i < PROVINCES.length; i++) {
                provinceCase += " WHEN " + i + " THEN '" + PROVINCES[i] + "'";
            }
            provinceCase += " END";
            s.executeUpdate("INSERT INTO account (id, username, kind, state, display_name, created_at) SELECT " + id
                    + ", 'bench.rnk.' || r.X, 'CITIZEN', 'ACTIVE', 'Bench ' || r.X, CURRENT_TIMESTAMP" + range);
            s.executeUpdate("INSERT INTO citizen (account_id, codice_fiscale, given_name, family_name, birth_date,"
                    + " birth_place_code, birth_place_name, sex, registration_number, registered_at,"
                    + " registration_expires_at) SELECT " + id + ", 'BNCH' || LPAD(CAST(r.X AS VARCHAR), 12, '0'),"
                    + " 'Bench', 'N' || r.X, DATEADD('DAY', MOD(r.X * 31, 12000), DATE '1965-01-01'), 'H501', 'Roma', 'F',"
                    + " 'RB' || r.X, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP" + range);
            s.executeUpdate("INSERT INTO app_application (id, procedure_id, account_id, state, created_at, updated_at)"
                    + " SELECT " + id + ", " + BASE + ", " + id + ", 'SUBMITTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                    + range);
            s.executeUpdate("INSERT INTO app_submission (id, application_id, active_application_id, state, registry,"
                    + " protocol_year, protocol_number, protocol, idempotency_key, started_at, submitted_at) SELECT "
                    + id + ", " + id + ", " + id + ", 'SUBMITTED', 'BENCHRNK', 2026, r.X, 'BENCHRNK.' || r.X,"
                    + " 'benchrnk-' || r.X, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP" + range);
            s.executeUpdate("INSERT INTO gps_application (submission_id, profile, province_code, children) SELECT " + id
                    + ", 'DOCENTE', " + provinceCase + ", MOD(r.X * 3, 4)"
                    + range);
            s.executeUpdate("INSERT INTO gps_class (submission_id, pos, subject_class, band) SELECT " + id + ", 1, "
                    + classCase + ", CASE WHEN MOD(r.X, 5) = 0 THEN 1 ELSE 2 END" + range);
            s.executeUpdate("INSERT INTO gps_qualification (submission_id, pos, title, grade, obtained_on, institution,"
                    + " qual_type) SELECT " + id + ", 1, 'Laurea', 66 + MOD(r.X * 17, 45), DATE '2010-07-01',"
                    + " 'Universita', 'ACCESS'" + range);
            s.executeUpdate("INSERT INTO gps_qualification (submission_id, pos, title, grade, obtained_on, institution,"
                    + " qual_type) SELECT " + id + ", 2, 'Titolo', 0, DATE '2012-07-01', 'Universita',"
                    + " CASE MOD(r.X, 4) WHEN 0 THEN 'PHD' ELSE 'MASTER' END" + range + " WHERE MOD(r.X, 4) < 2");
            s.executeUpdate("INSERT INTO gps_service (submission_id, pos, school_code, from_date, to_date, subject_class)"
                    + " SELECT " + id + ", 1, 'RMIC81200D', DATEADD('DAY', MOD(r.X * 7, 60), DATE '2023-09-01'),"
                    + " DATEADD('DAY', MOD(r.X * 7, 60) + MOD(r.X * 13, 250), DATE '2023-09-01'),"
                    + " CASE WHEN MOD(r.X, 3) = 0 THEN 'A030' ELSE " + classCase + " END" + range);
            s.executeUpdate("INSERT INTO gps_service (submission_id, pos, school_code, from_date, to_date, subject_class)"
                    + " SELECT " + id + ", 2, 'RMIC81200D', DATE '2024-09-01', DATEADD('DAY', MOD(r.X * 11, 200), DATE '2024-09-01'), "
                    + classCase + range + " WHERE MOD(r.X, 2) = 0");
            s.executeUpdate("INSERT INTO gps_preference (submission_id, title_code) SELECT " + id + ", 'P' ||"
                    + " LPAD(CAST(1 + MOD(r.X / 7, 20) AS VARCHAR), 2, '0')" + range + " WHERE MOD(r.X, 10) = 0");
        }
        out.put("applications", count);
        out.put("generateMs", (System.nanoTime() - t0) / 1_000_000);
        return out;
    }

    /**
     * The whole ranking in one statement: the score from the cycle's rules (access title by grade, other
     * titles, each service period by its days with the 16-day month and the 166-day year, capped per year),
     * the tie-break data, and RANK() OVER each province x subject class x band. Returns milliseconds.
     */
    public long singleStatement() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.executeUpdate("DELETE FROM rnk_bench_result");
            String rule = "(SELECT %s FROM rnk_rule WHERE cycle_id = " + BASE + " AND kind = '%s')";
            String days = "(DATEDIFF('DAY', sv.from_date, sv.to_date) + 1)";
            String months = "(FLOOR(" + days + " / 30) + CASE WHEN MOD(" + days + ", 30) >= "
                    + String.format(rule, "points", "MONTH_DAYS") + " THEN 1 ELSE 0 END)";
            long t0 = System.nanoTime();
            s.executeUpdate("INSERT INTO rnk_bench_result (province_code, subject_class, band, submission_id, score,"
                    + " position)"
                    + " SELECT province_code, subject_class, band, submission_id, score, RANK() OVER (PARTITION BY"
                    + " province_code, subject_class, band ORDER BY score DESC, pref_rank, children DESC, birth_date DESC)"
                    + " FROM (SELECT ga.province_code, gc.subject_class, gc.band, gc.submission_id, ga.children,"
                    + " ci.birth_date,"
                    + " COALESCE((SELECT MIN(t.rank_order) FROM gps_preference p JOIN rnk_preference_title t"
                    + " ON t.code = p.title_code WHERE p.submission_id = gc.submission_id), 99) AS pref_rank,"
                    + " COALESCE((SELECT SUM(r.points) FROM gps_qualification q JOIN rnk_rule r ON r.cycle_id = " + BASE
                    + " AND r.kind = 'QUALIFICATION' AND r.qual_type = q.qual_type AND q.grade BETWEEN r.grade_from"
                    + " AND r.grade_to WHERE q.submission_id = gc.submission_id), 0)"
                    + " + COALESCE((SELECT SUM(CASE WHEN sv.subject_class = gc.subject_class THEN"
                    + "   CASE WHEN " + days + " >= " + String.format(rule, "points", "YEAR_DAYS") + " THEN "
                    + String.format(rule, "max_points", "SERVICE_IN")
                    + "   ELSE LEAST(" + String.format(rule, "max_points", "SERVICE_IN") + ", "
                    + String.format(rule, "points", "SERVICE_IN") + " * " + months + ") END"
                    + "  ELSE CASE WHEN " + days + " >= " + String.format(rule, "points", "YEAR_DAYS") + " THEN "
                    + String.format(rule, "max_points", "SERVICE_OUT")
                    + "   ELSE LEAST(" + String.format(rule, "max_points", "SERVICE_OUT") + ", "
                    + String.format(rule, "points", "SERVICE_OUT") + " * " + months + ") END END)"
                    + "  FROM gps_service sv WHERE sv.submission_id = gc.submission_id),"
                    + " 0) AS score"
                    + " FROM gps_class gc JOIN gps_application ga ON ga.submission_id = gc.submission_id"
                    + " JOIN app_submission sb ON sb.id = gc.submission_id AND sb.state = 'SUBMITTED'"
                    + " JOIN app_application a ON a.id = sb.application_id"
                    + " JOIN app_procedure pr ON pr.id = a.procedure_id AND pr.code = '" + PROCEDURE + "'"
                    + " JOIN citizen ci ON ci.account_id = a.account_id) x");
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }

    /** Rows that differ between a job version and the single statement's result (0: identical). */
    public Map<String, Object> compare(long versionId) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        String cols = "province_code, subject_class, band, submission_id, score, position";
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            out.put("jobRows", one(s, "SELECT COUNT(*) FROM rnk_entry WHERE version_id = " + versionId));
            out.put("sqlRows", one(s, "SELECT COUNT(*) FROM rnk_bench_result"));
            out.put("onlyInJob", one(s, "SELECT COUNT(*) FROM (SELECT " + cols + " FROM rnk_entry WHERE version_id = "
                    + versionId + " MINUS SELECT " + cols + " FROM rnk_bench_result)"));
            out.put("onlyInSql", one(s, "SELECT COUNT(*) FROM (SELECT " + cols + " FROM rnk_bench_result MINUS SELECT "
                    + cols + " FROM rnk_entry WHERE version_id = " + versionId + ")"));
            out.put("skipped", one(s, "SELECT COUNT(*) FROM rnk_skipped WHERE version_id = " + versionId));
        }
        return out;
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void clean(Statement s) throws SQLException {
        String subs = "(SELECT id FROM app_submission WHERE id > " + BASE + " AND registry = 'BENCHRNK')";
        s.executeUpdate("DELETE FROM rnk_bench_result");
        s.executeUpdate("UPDATE rnk_cycle SET published_version_id = NULL WHERE id = " + BASE);
        for (String t : new String[] {"rnk_entry", "rnk_school_entry", "rnk_diff", "rnk_skipped"}) {
            s.executeUpdate("DELETE FROM " + t + " WHERE version_id IN (SELECT id FROM rnk_version WHERE cycle_id = "
                    + BASE + ")");
        }
        s.executeUpdate("DELETE FROM rnk_version WHERE cycle_id = " + BASE);
        s.executeUpdate("DELETE FROM rnk_rule WHERE cycle_id = " + BASE);
        s.executeUpdate("DELETE FROM rnk_cycle WHERE id = " + BASE);
        for (String t : new String[] {"gps_preference", "gps_service", "gps_qualification", "gps_school_choice",
                "gps_class", "gps_application"}) {
            s.executeUpdate("DELETE FROM " + t + " WHERE submission_id IN " + subs);
        }
        s.executeUpdate("DELETE FROM app_submission WHERE id > " + BASE + " AND registry = 'BENCHRNK'");
        s.executeUpdate("DELETE FROM app_application WHERE procedure_id = " + BASE);
        s.executeUpdate("DELETE FROM app_procedure WHERE id = " + BASE);
        s.executeUpdate("DELETE FROM citizen WHERE account_id > " + BASE + " AND registration_number LIKE 'RB%'");
        s.executeUpdate("DELETE FROM account WHERE id > " + BASE + " AND username LIKE 'bench.rnk.%'");
    }
}
