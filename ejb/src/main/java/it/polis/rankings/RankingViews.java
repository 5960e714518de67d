package it.polis.rankings;

import it.polis.identity.Account;
import it.polis.identity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the published rankings show: a citizen's own scores (with the breakdown) and positions, and a
 * school's own school rankings. Only the visible (published) version of each cycle is read; the caller
 * is the signed-in account, never a parameter.
 */
@Stateless
public class RankingViews {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    /** The caller's GPS and school-ranking positions, then the lists loaded from elsewhere (ATA, GAE). */
    @RolesAllowed(Role.CITIZEN)
    @SuppressWarnings("unchecked")
    public List<MyPosition> mine() {
        Account me = me();
        List<MyPosition> result = new ArrayList<>();
        List<Object[]> gps = em.createNativeQuery("SELECT c.code, e.province_code, e.subject_class, e.band, e.score,"
                        + " e.position, (SELECT COUNT(*) FROM rnk_entry x WHERE x.version_id = e.version_id"
                        + " AND x.province_code = e.province_code AND x.subject_class = e.subject_class AND x.band = e.band),"
                        + " e.breakdown FROM rnk_entry e JOIN rnk_cycle c ON c.published_version_id = e.version_id"
                        + " WHERE e.account_id = ? ORDER BY c.code, e.province_code, e.subject_class, e.band")
                .setParameter(1, me.getId()).getResultList();
        for (Object[] r : gps) {
            result.add(new MyPosition("GPS", (String) r[0], (String) r[1], null, (String) r[2],
                    ((Number) r[3]).intValue(), (BigDecimal) r[4], num(r[5]), num(r[6]),
                    Scoring.Score.decode((String) r[7])));
        }
        List<Object[]> schools = em.createNativeQuery("SELECT c.code, s.province_code, e.school_code, e.subject_class,"
                        + " e.band, e.score, e.position, (SELECT COUNT(*) FROM rnk_school_entry x"
                        + " WHERE x.version_id = e.version_id AND x.school_code = e.school_code"
                        + " AND x.subject_class = e.subject_class AND x.band = e.band)"
                        + " FROM rnk_school_entry e JOIN rnk_cycle c ON c.published_version_id = e.version_id"
                        + " JOIN school s ON s.code = e.school_code WHERE e.account_id = ?"
                        + " ORDER BY c.code, e.subject_class, e.position, e.school_code")
                .setParameter(1, me.getId()).getResultList();
        for (Object[] r : schools) {
            result.add(new MyPosition("SCHOOL", (String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    ((Number) r[4]).intValue(), (BigDecimal) r[5], num(r[6]), num(r[7]), List.of()));
        }
        List<Object[]> lists = em.createNativeQuery("SELECT p.list_kind, p.school_year, p.province_code, p.school_code,"
                        + " p.list_code, p.band, p.score, p.position, (SELECT COUNT(*) FROM rnk_list_position x"
                        + " WHERE x.list_kind = p.list_kind AND x.province_code = p.province_code AND x.list_code = p.list_code"
                        + " AND COALESCE(x.school_code, '-') = COALESCE(p.school_code, '-') AND x.school_year = p.school_year)"
                        + " FROM rnk_list_position p JOIN citizen c ON c.codice_fiscale = p.codice_fiscale"
                        + " WHERE c.account_id = ? ORDER BY p.list_kind, p.province_code, p.list_code")
                .setParameter(1, me.getId()).getResultList();
        for (Object[] r : lists) {
            result.add(new MyPosition((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    r[5] == null ? null : ((Number) r[5]).intValue(), (BigDecimal) r[6], num(r[7]), num(r[8]),
                    List.of()));
        }
        return result;
    }

    /** The subject classes in the caller school's published rankings. */
    @RolesAllowed(Role.SECRETARIAT)
    @SuppressWarnings("unchecked")
    public List<String> schoolClasses() {
        return em.createNativeQuery("SELECT DISTINCT e.subject_class FROM rnk_school_entry e JOIN rnk_cycle c"
                        + " ON c.published_version_id = e.version_id WHERE e.school_code = ? ORDER BY 1")
                .setParameter(1, school()).getResultList();
    }

    @RolesAllowed(Role.SECRETARIAT)
    public long schoolCount(String subjectClass, String search) {
        return ((Number) schoolQuery("SELECT COUNT(*)", subjectClass, search, "").getSingleResult()).longValue();
    }

    /** A page of the caller school's rankings, by subject class, band and position; search by name. */
    @RolesAllowed(Role.SECRETARIAT)
    @SuppressWarnings("unchecked")
    public List<SchoolRow> schoolPage(String subjectClass, String search, int first, int size) {
        List<Object[]> rows = schoolQuery("SELECT e.subject_class, e.band, e.position, ci.family_name || ' '"
                        + " || ci.given_name, e.score, e.submission_id", subjectClass, search,
                " ORDER BY e.subject_class, e.band, e.position, e.submission_id")
                .setFirstResult(first).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new SchoolRow((String) r[0], ((Number) r[1]).intValue(), num(r[2]),
                (String) r[3], (BigDecimal) r[4], num(r[5]))).toList();
    }

    private Query schoolQuery(String select, String subjectClass, String search, String order) {
        boolean byClass = subjectClass != null && !subjectClass.isBlank();
        boolean bySearch = search != null && !search.isBlank();
        Query q = em.createNativeQuery(select + " FROM rnk_school_entry e JOIN rnk_cycle c ON c.published_version_id"
                + " = e.version_id JOIN citizen ci ON ci.account_id = e.account_id WHERE e.school_code = ?1"
                + (byClass ? " AND e.subject_class = ?2" : "")
                + (bySearch ? " AND (UPPER(ci.family_name || ' ' || ci.given_name) LIKE ?3"
                + " OR UPPER(ci.given_name || ' ' || ci.family_name) LIKE ?3)" : "") + order)
                .setParameter(1, school());
        if (byClass) {
            q.setParameter(2, subjectClass);
        }
        if (bySearch) {
            q.setParameter(3, "%" + search.trim().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return q;
    }

    private String school() {
        String s = me().getSchoolCode();
        if (s == null) {
            throw new RankingRejected("rnk.school.none");
        }
        return s;
    }

    private Account me() {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", caller.getCallerPrincipal().getName()).getSingleResult();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
