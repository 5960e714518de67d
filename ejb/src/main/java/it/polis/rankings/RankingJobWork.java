package it.polis.rankings;

import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The work of the publish-ranking job, step by step (the job's artifacts in {@code polis-batch} only call
 * these). Runs in the job's chunk transactions; the callers are batch threads, not users: who asked is
 * the job parameter {@code requestedBy}, set by {@link RankingService} or the batch console from the
 * signed-in caller, never typed.
 */
@Stateless
@PermitAll
public class RankingJobWork {

    public static final String JOB = "publish-ranking";
    public static final String DRY_RUN = "dry-run";
    public static final String PUBLISH = "publish";

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/polis")
    private DataSource ds;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "polis.dev.enabled", defaultValue = "false")
    private boolean devMode;

    /**
     * How long the job may pause after each item: the asked delay in dev/test mode (to make a job slow
     * enough to be killed half-way in a test), always 0 in production.
     */
    public long allowedItemDelayMs(long asked) {
        return devMode ? Math.max(0, Math.min(asked, 10_000)) : 0;
    }

    /** The version a job instance works on: the publish job's parameter, or the one its dry run made. */
    public long versionOf(long instanceId, Long versionParam) {
        if (versionParam != null) {
            return versionParam;
        }
        return em.createNamedQuery(RankingVersion.BY_INSTANCE, RankingVersion.class)
                .setParameter("instanceId", instanceId).getResultStream().findFirst()
                .orElseThrow(() -> new RankingRejected("rnk.version.notFound")).getId();
    }

    /** The version a job instance works on: created at its first start, found again on a restart. */
    public long prepare(long instanceId, String cycleCode, String scopeText, String mode, Long versionId,
                        String requestedBy) {
        RankingCycle cycle = cycle(cycleCode);
        if (PUBLISH.equals(mode)) {
            RankingVersion v = versionId == null ? null : em.find(RankingVersion.class, versionId);
            if (v == null || !v.getCycleId().equals(cycle.getId())) {
                throw new RankingRejected("rnk.version.notFound");
            }
            if (v.getState() != VersionState.APPROVED && v.getState() != VersionState.PUBLISHED) {
                throw new RankingRejected("rnk.publish.notApproved");
            }
            return v.getId();
        }
        if (!DRY_RUN.equals(mode)) {
            throw new RankingRejected("rnk.mode.invalid");
        }
        List<RankingVersion> existing = em.createNamedQuery(RankingVersion.BY_INSTANCE, RankingVersion.class)
                .setParameter("instanceId", instanceId).getResultList();
        if (!existing.isEmpty()) {
            RankingVersion v = existing.get(0);
            v.setState(VersionState.COMPUTING);
            return v.getId();
        }
        Scope scope = Scope.parse(scopeText);
        RankingVersion v = new RankingVersion(cycle.getId(), scope.text(), blankToSystem(requestedBy), clock.now(),
                cycle.getPublishedVersionId());
        v.setJobInstanceId(instanceId);
        em.persist(v);
        if (cycle.getUsedAt() == null) {
            cycle.setUsedAt(clock.now());
        }
        em.flush();
        audit.record(v.getRunBy(), "RANKING_DRY_RUN_STARTED", "ranking_version", String.valueOf(v.getId()),
                cycle.getCode() + " scope " + scope.text() + " job instance " + instanceId, null);
        return v.getId();
    }

    /** The (province, subject class) pairs with applications in the version's scope, in order. */
    @SuppressWarnings("unchecked")
    public List<String[]> partitions(long versionId) {
        RankingVersion v = em.find(RankingVersion.class, versionId);
        RankingCycle c = em.find(RankingCycle.class, v.getCycleId());
        Scope scope = Scope.parse(v.getScope());
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ga.province_code, gc.subject_class"
                        + " FROM gps_class gc JOIN gps_application ga ON ga.submission_id = gc.submission_id"
                        + " JOIN app_submission s ON s.id = gc.submission_id AND s.state = 'SUBMITTED'"
                        + " JOIN app_application a ON a.id = s.application_id"
                        + " JOIN app_procedure p ON p.id = a.procedure_id WHERE p.code = ?"
                        + " ORDER BY 1, 2")
                .setParameter(1, c.getProcedureCode()).getResultList();
        List<String[]> result = new ArrayList<>();
        for (Object[] r : rows) {
            if (scope.includes((String) r[0], (String) r[1])) {
                result.add(new String[] {(String) r[0], (String) r[1]});
            }
        }
        return result;
    }

    /** The scoring of the version's cycle, from its rules. */
    public Scoring scoring(long versionId) {
        RankingVersion v = em.find(RankingVersion.class, versionId);
        return new Scoring(em.createNamedQuery(ScoringRule.BY_CYCLE, ScoringRule.class)
                .setParameter("cycleId", v.getCycleId()).getResultStream().map(ScoringRule::toRule).toList());
    }

    /** The next candidates of a partition after a submission id, with what they declared. */
    public List<Candidate> candidates(long versionId, String province, String subjectClass, long after, int limit) {
        RankingVersion v = em.find(RankingVersion.class, versionId);
        String procedure = em.find(RankingCycle.class, v.getCycleId()).getProcedureCode();
        record Head(long id, long account, int band, LocalDate birth, int children) {
        }
        List<Head> heads = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT gc.submission_id, a.account_id, gc.band,"
                    + " ci.birth_date, ga.children FROM gps_class gc"
                    + " JOIN gps_application ga ON ga.submission_id = gc.submission_id"
                    + " JOIN app_submission s ON s.id = gc.submission_id AND s.state = 'SUBMITTED'"
                    + " JOIN app_application a ON a.id = s.application_id"
                    + " JOIN app_procedure p ON p.id = a.procedure_id"
                    + " JOIN citizen ci ON ci.account_id = a.account_id"
                    + " WHERE p.code = ? AND ga.province_code = ? AND gc.subject_class = ? AND gc.submission_id > ?"
                    + " ORDER BY gc.submission_id, gc.band FETCH FIRST " + limit + " ROWS ONLY")) {
                ps.setString(1, procedure);
                ps.setString(2, province);
                ps.setString(3, subjectClass);
                ps.setLong(4, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        heads.add(new Head(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                                rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getInt(5)));
                    }
                }
            }
            if (heads.isEmpty()) {
                return List.of();
            }
            // the page's own applications by primary key (their ids are not contiguous: partitions interleave)
            String ids = String.join(",", java.util.Collections.nCopies(heads.size(), "?"));
            Map<Long, List<Scoring.Title>> titles = new HashMap<>();
            Map<Long, List<Scoring.Service>> services = new HashMap<>();
            Map<Long, Integer> prefs = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT x.submission_id, x.pos, x.qual_type, x.title,"
                    + " x.grade FROM gps_qualification x WHERE x.submission_id IN (" + ids + ")")) {
                bind(ps, heads.stream().map(Head::id).toList());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        titles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Scoring.Title(
                                rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT x.submission_id, x.pos, x.school_code,"
                    + " x.from_date, x.to_date, x.subject_class FROM gps_service x WHERE x.submission_id IN (" + ids + ")")) {
                bind(ps, heads.stream().map(Head::id).toList());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        services.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Scoring.Service(
                                rs.getInt(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                                rs.getDate(5).toLocalDate(), rs.getString(6)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT x.submission_id, MIN(t.rank_order)"
                    + " FROM gps_preference x JOIN rnk_preference_title t ON t.code = x.title_code"
                    + " WHERE x.submission_id IN (" + ids + ") GROUP BY x.submission_id")) {
                bind(ps, heads.stream().map(Head::id).toList());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        prefs.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            List<Candidate> result = new ArrayList<>(heads.size());
            for (Head h : heads) {
                result.add(new Candidate(h.id(), h.account(), h.band(), h.birth(), h.children(),
                        prefs.getOrDefault(h.id(), TieBreak.NO_TITLE), titles.getOrDefault(h.id(), List.of()),
                        services.getOrDefault(h.id(), List.of())));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement ps, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            ps.setLong(i + 1, ids.get(i));
        }
    }

    /**
     * Writes a chunk of scored entries. Idempotent: the chunk's rows are deleted first, so a chunk
     * written again after a restart replaces its rows instead of adding them twice.
     */
    public void writeEntries(long versionId, String province, String subjectClass, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (Entry e : entries) {
            lo = Math.min(lo, e.submissionId());
            hi = Math.max(hi, e.submissionId());
        }
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM rnk_entry WHERE version_id = ?"
                    + " AND province_code = ? AND subject_class = ? AND submission_id BETWEEN ? AND ?")) {
                ps.setLong(1, versionId);
                ps.setString(2, province);
                ps.setString(3, subjectClass);
                ps.setLong(4, lo);
                ps.setLong(5, hi);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rnk_entry (version_id, province_code,"
                    + " subject_class, band, submission_id, account_id, score, pref_rank, children, birth_date,"
                    + " breakdown) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Entry e : entries) {
                    ps.setLong(1, versionId);
                    ps.setString(2, province);
                    ps.setString(3, subjectClass);
                    ps.setInt(4, e.band());
                    ps.setLong(5, e.submissionId());
                    ps.setLong(6, e.accountId());
                    ps.setBigDecimal(7, e.score());
                    ps.setInt(8, e.prefRank());
                    ps.setInt(9, e.children());
                    ps.setDate(10, Date.valueOf(e.birthDate()));
                    String b = e.breakdown();
                    ps.setString(11, b != null && b.length() > 4000 ? b.substring(0, 4000) : b);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The last application of a partition whose chunk is committed (0: none): where its scoring goes on after
     * a restart, the data being its own checkpoint (chunks commit their rows and their checkpoint together).
     */
    public long lastWritten(long versionId, String province, String subjectClass) {
        Object max = em.createNativeQuery("SELECT MAX(submission_id) FROM rnk_entry WHERE version_id = ?"
                        + " AND province_code = ? AND subject_class = ?").setParameter(1, versionId)
                .setParameter(2, province).setParameter(3, subjectClass).getSingleResult();
        return max == null ? 0 : ((Number) max).longValue();
    }

    /** A partition's entries in ranking order: submission id, band, tie-break key and position (0: none yet). */
    public List<Ranked> rankOrder(long versionId, String province, String subjectClass) {
        List<Ranked> result = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT submission_id, band, score, pref_rank, children,"
                     + " birth_date, position FROM rnk_entry WHERE version_id = ? AND province_code = ? AND subject_class = ?"
                     + " ORDER BY band, score DESC, pref_rank, children DESC, birth_date DESC, submission_id")) {
            ps.setLong(1, versionId);
            ps.setString(2, province);
            ps.setString(3, subjectClass);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Ranked(rs.getLong(1), rs.getInt(2), new TieBreak.GpsKey(rs.getBigDecimal(3),
                            rs.getInt(4), rs.getInt(5), rs.getDate(6).toLocalDate()), rs.getLong(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** An entry in ranking order and its position. */
    public record Ranked(long submissionId, int band, TieBreak.GpsKey key, long position)
            implements java.io.Serializable {
        public Ranked at(long p) {
            return new Ranked(submissionId, band, key, p);
        }
    }

    /** Sets positions (idempotent). */
    public void writePositions(long versionId, String province, String subjectClass, List<Ranked> rows) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE rnk_entry SET position = ? WHERE version_id = ?"
                     + " AND province_code = ? AND subject_class = ? AND band = ? AND submission_id = ?")) {
            for (Ranked r : rows) {
                ps.setLong(1, r.position());
                ps.setLong(2, versionId);
                ps.setString(3, province);
                ps.setString(4, subjectClass);
                ps.setInt(5, r.band());
                ps.setLong(6, r.submissionId());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The school rankings of a partition, derived from the GPS positions and the schools each candidate
     * chose: in each school the GPS order. Replaces the partition's rows (safe to run again).
     */
    public int deriveSchools(long versionId, String province, String subjectClass) {
        em.createNativeQuery("DELETE FROM rnk_school_entry WHERE version_id = ? AND subject_class = ?"
                        + " AND school_code IN (SELECT code FROM school WHERE province_code = ?)")
                .setParameter(1, versionId).setParameter(2, subjectClass).setParameter(3, province).executeUpdate();
        return em.createNativeQuery("INSERT INTO rnk_school_entry (version_id, school_code, subject_class, band,"
                        + " submission_id, account_id, score, position)"
                        + " SELECT e.version_id, sc.school_code, e.subject_class, e.band, e.submission_id, e.account_id,"
                        + " e.score, RANK() OVER (PARTITION BY sc.school_code, e.band ORDER BY e.position)"
                        + " FROM rnk_entry e JOIN gps_school_choice sc ON sc.submission_id = e.submission_id"
                        + " JOIN school s ON s.code = sc.school_code AND s.province_code = e.province_code"
                        + " WHERE e.version_id = ? AND e.province_code = ? AND e.subject_class = ?")
                .setParameter(1, versionId).setParameter(2, province).setParameter(3, subjectClass).executeUpdate();
    }

    /** Copies from the base version the partitions this run's scope leaves out (safe to run again). */
    public void carryOver(long versionId, List<String[]> computed) {
        RankingVersion v = em.find(RankingVersion.class, versionId);
        if (v.getBaseVersionId() == null || Scope.parse(v.getScope()).all()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> old = em.createNativeQuery("SELECT DISTINCT province_code, subject_class FROM rnk_entry"
                + " WHERE version_id = ?").setParameter(1, v.getBaseVersionId()).getResultList();
        for (Object[] p : old) {
            boolean done = computed.stream().anyMatch(c -> c[0].equals(p[0]) && c[1].equals(p[1]));
            if (done) {
                continue;
            }
            em.createNativeQuery("DELETE FROM rnk_entry WHERE version_id = ? AND province_code = ? AND subject_class = ?")
                    .setParameter(1, versionId).setParameter(2, p[0]).setParameter(3, p[1]).executeUpdate();
            em.createNativeQuery("INSERT INTO rnk_entry (version_id, province_code, subject_class, band, submission_id,"
                            + " account_id, score, pref_rank, children, birth_date, position, breakdown)"
                            + " SELECT ?, province_code, subject_class, band, submission_id, account_id, score, pref_rank,"
                            + " children, birth_date, position, breakdown FROM rnk_entry"
                            + " WHERE version_id = ? AND province_code = ? AND subject_class = ?")
                    .setParameter(1, versionId).setParameter(2, v.getBaseVersionId()).setParameter(3, p[0])
                    .setParameter(4, p[1]).executeUpdate();
            deriveSchools(versionId, (String) p[0], (String) p[1]);
        }
    }

    /**
     * The diff against the base version (entered, left, moved up or down, score changed), the counts,
     * and the version becomes a CANDIDATE waiting for approval.
     */
    public void finishDryRun(long versionId) {
        RankingVersion v = em.find(RankingVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE);
        em.createNativeQuery("DELETE FROM rnk_diff WHERE version_id = ?").setParameter(1, versionId).executeUpdate();
        if (v.getBaseVersionId() == null) {
            // the first version of a cycle: everybody entered; no row per entry is written for that
            int entries = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM rnk_entry WHERE version_id = ?")
                    .setParameter(1, versionId).getSingleResult()).intValue();
            v.setDiff(entries, entries, 0, 0, 0, 0);
            v.setComputedAt(clock.now());
            v.setState(VersionState.CANDIDATE);
            audit.record(v.getRunBy(), "RANKING_CANDIDATE_READY", "ranking_version", String.valueOf(versionId),
                    entries + " entries; first version of the cycle", null);
            return;
        }
        long base = v.getBaseVersionId();
        String cols = "INSERT INTO rnk_diff (version_id, province_code, subject_class, band, submission_id,"
                + " change_kind, old_position, new_position, old_score, new_score) ";
        em.createNativeQuery(cols + "SELECT n.version_id, n.province_code, n.subject_class, n.band, n.submission_id,"
                        + " 'ENTERED', NULL, n.position, NULL, n.score FROM rnk_entry n WHERE n.version_id = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM rnk_entry o WHERE o.version_id = ? AND o.province_code ="
                        + " n.province_code AND o.subject_class = n.subject_class AND o.band = n.band"
                        + " AND o.submission_id = n.submission_id)")
                .setParameter(1, versionId).setParameter(2, base).executeUpdate();
        em.createNativeQuery(cols + "SELECT ?, o.province_code, o.subject_class, o.band, o.submission_id,"
                        + " 'LEFT', o.position, NULL, o.score, NULL FROM rnk_entry o WHERE o.version_id = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM rnk_entry n WHERE n.version_id = ? AND n.province_code ="
                        + " o.province_code AND n.subject_class = o.subject_class AND n.band = o.band"
                        + " AND n.submission_id = o.submission_id)")
                .setParameter(1, versionId).setParameter(2, base).setParameter(3, versionId).executeUpdate();
        em.createNativeQuery(cols + "SELECT n.version_id, n.province_code, n.subject_class, n.band, n.submission_id,"
                        + " CASE WHEN n.position < o.position THEN 'UP' WHEN n.position > o.position THEN 'DOWN'"
                        + " ELSE 'SCORE' END, o.position, n.position, o.score, n.score"
                        + " FROM rnk_entry n JOIN rnk_entry o ON o.version_id = ? AND o.province_code = n.province_code"
                        + " AND o.subject_class = n.subject_class AND o.band = n.band AND o.submission_id = n.submission_id"
                        + " WHERE n.version_id = ? AND (n.position <> o.position OR n.score <> o.score)")
                .setParameter(1, base).setParameter(2, versionId).executeUpdate();
        Map<String, Integer> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT change_kind, COUNT(*) FROM rnk_diff WHERE version_id = ?"
                + " GROUP BY change_kind").setParameter(1, versionId).getResultList();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
        int entries = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM rnk_entry WHERE version_id = ?")
                .setParameter(1, versionId).getSingleResult()).intValue();
        v.setDiff(entries, counts.getOrDefault("ENTERED", 0), counts.getOrDefault("LEFT", 0),
                counts.getOrDefault("UP", 0), counts.getOrDefault("DOWN", 0), counts.getOrDefault("SCORE", 0));
        v.setComputedAt(clock.now());
        v.setState(VersionState.CANDIDATE);
        audit.record(v.getRunBy(), "RANKING_CANDIDATE_READY", "ranking_version", String.valueOf(versionId),
                entries + " entries; entered " + v.getDiffEntered() + ", left " + v.getDiffLeft() + ", up "
                        + v.getDiffUp() + ", down " + v.getDiffDown() + ", score " + v.getDiffScore(), null);
    }

    /**
     * Publishes an approved version: in one transaction the cycle's visible version switches to it and the
     * one visible before is kept as its previous (a rollback goes back to it).
     */
    public void publish(long versionId, String requestedBy) {
        RankingVersion v = em.find(RankingVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE);
        if (v.getState() == VersionState.PUBLISHED) {
            return; // a restarted publish that had already switched
        }
        if (v.getState() != VersionState.APPROVED) {
            throw new RankingRejected("rnk.publish.notApproved");
        }
        RankingCycle c = em.find(RankingCycle.class, v.getCycleId(), LockModeType.PESSIMISTIC_WRITE);
        Long previous = c.getPublishedVersionId();
        if (previous != null) {
            em.find(RankingVersion.class, previous).setState(VersionState.SUPERSEDED);
        }
        v.publish(blankToSystem(requestedBy), clock.now(), previous);
        c.setPublishedVersionId(v.getId());
        audit.record(v.getPublishedBy(), "RANKING_PUBLISHED", "ranking_version", String.valueOf(versionId),
                c.getCode() + " visible version " + previous + " -> " + versionId, null);
    }

    /** A job instance whose run failed for good marks its version FAILED (the console's abandon). */
    public void abandoned(long instanceId) {
        em.createNamedQuery(RankingVersion.BY_INSTANCE, RankingVersion.class).setParameter("instanceId", instanceId)
                .getResultStream().filter(v -> v.getState() == VersionState.COMPUTING)
                .forEach(v -> v.setState(VersionState.FAILED));
    }

    /** An application the job could not score; kept even when the chunk rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSkip(long versionId, Long submissionId, String reason) {
        String r = reason == null ? "?" : reason.length() > 400 ? reason.substring(0, 400) : reason;
        em.createNativeQuery("INSERT INTO rnk_skipped (id, version_id, submission_id, reason)"
                        + " VALUES (rnk_skipped_seq.NEXTVAL, ?, ?, ?)")
                .setParameter(1, versionId).setParameter(2, submissionId).setParameter(3, r).executeUpdate();
    }

    /** Audit in a transaction of its own (refusals, job requests made outside a transaction). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void auditNow(String actor, String action, String targetId, String detail) {
        audit.record(actor, action, "ranking_version", targetId, detail, null);
    }

    private RankingCycle cycle(String code) {
        return em.createNamedQuery(RankingCycle.BY_CODE, RankingCycle.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new RankingRejected("rnk.cycle.notFound"));
    }

    private static String blankToSystem(String s) {
        return s == null || s.isBlank() ? "system" : s;
    }

}
