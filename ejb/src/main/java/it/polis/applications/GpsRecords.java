package it.polis.applications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The structured copy of a submitted GPS application (profile, province, subject classes with band,
 * qualifications, service periods, school choice in order), written in the submit's transaction from
 * the validated form, for the rankings.
 */
@Stateless
@PermitAll
public class GpsRecords {

    @PersistenceContext
    private EntityManager em;

    public void store(long submissionId, FormData data) {
        Map<String, String> m = data.asMap();
        em.createNativeQuery("INSERT INTO gps_application (submission_id, profile, province_code, children)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, submissionId).setParameter(2, data.get("gpsProfile"))
                .setParameter(3, data.get("province"))
                .setParameter(4, data.get("children") == null ? 0 : Integer.parseInt(data.get("children")))
                .executeUpdate();
        for (String code : ApplicationForms.preferenceTitles(data)) {
            em.createNativeQuery("INSERT INTO gps_preference (submission_id, title_code) VALUES (?, ?)")
                    .setParameter(1, submissionId).setParameter(2, code).executeUpdate();
        }
        int pos = 0;
        for (int i : ApplicationForms.filledRows(m, "cls")) {
            em.createNativeQuery("INSERT INTO gps_class (submission_id, pos, subject_class, band) VALUES (?, ?, ?, ?)")
                    .setParameter(1, submissionId).setParameter(2, ++pos)
                    .setParameter(3, m.get(ApplicationForms.rowField("cls", i, "Code")))
                    .setParameter(4, Integer.parseInt(m.get(ApplicationForms.rowField("cls", i, "Band"))))
                    .executeUpdate();
        }
        pos = 0;
        for (int i : ApplicationForms.filledRows(m, "qual")) {
            em.createNativeQuery("INSERT INTO gps_qualification (submission_id, pos, title, grade, obtained_on,"
                            + " institution, qual_type) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, submissionId).setParameter(2, ++pos)
                    .setParameter(3, m.get(ApplicationForms.rowField("qual", i, "Title")))
                    .setParameter(4, Integer.parseInt(m.get(ApplicationForms.rowField("qual", i, "Grade"))))
                    .setParameter(5, date(m.get(ApplicationForms.rowField("qual", i, "Date"))))
                    .setParameter(6, m.get(ApplicationForms.rowField("qual", i, "Institution")))
                    .setParameter(7, m.get(ApplicationForms.rowField("qual", i, "Type")))
                    .executeUpdate();
        }
        pos = 0;
        for (int i : ApplicationForms.filledRows(m, "serv")) {
            em.createNativeQuery("INSERT INTO gps_service (submission_id, pos, school_code, from_date, to_date,"
                            + " subject_class) VALUES (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, submissionId).setParameter(2, ++pos)
                    .setParameter(3, m.get(ApplicationForms.rowField("serv", i, "School")).toUpperCase(Locale.ROOT))
                    .setParameter(4, date(m.get(ApplicationForms.rowField("serv", i, "From"))))
                    .setParameter(5, date(m.get(ApplicationForms.rowField("serv", i, "To"))))
                    .setParameter(6, m.get(ApplicationForms.rowField("serv", i, "Class")))
                    .executeUpdate();
        }
        List<String> schools = ApplicationForms.schools(m);
        for (int i = 0; i < schools.size(); i++) {
            em.createNativeQuery("INSERT INTO gps_school_choice (submission_id, pos, school_code) VALUES (?, ?, ?)")
                    .setParameter(1, submissionId).setParameter(2, i + 1)
                    .setParameter(3, schools.get(i).toUpperCase(Locale.ROOT)).executeUpdate();
        }
    }

    /** The schools chosen in a submission, in order (for pages and tests of the rankings). */
    @SuppressWarnings("unchecked")
    public List<String> schoolChoice(long submissionId) {
        return em.createNativeQuery("SELECT school_code FROM gps_school_choice WHERE submission_id = ? ORDER BY pos")
                .setParameter(1, submissionId).getResultList();
    }

    private static java.sql.Date date(String iso) {
        return java.sql.Date.valueOf(LocalDate.parse(iso));
    }
}
