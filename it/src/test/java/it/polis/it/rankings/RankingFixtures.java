package it.polis.it.rankings;

import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Submitted GPS applications written straight into the tables a GPS submit fills (app_*, citizen,
 * gps_*), for ranking tests. Ids are taken far above the sequences' ranges.
 */
final class RankingFixtures {

    /** A declared title: type, grade. */
    record T(String type, int grade) {
    }

    /** A declared service period. */
    record S(String from, String to, String subjectClass) {
    }

    private final EntityManager em;
    private final String procedureCode;
    private final long base;
    private long procedureId;
    private int next;

    RankingFixtures(EntityManager em, String procedureCode, long base) {
        this.em = em;
        this.procedureCode = procedureCode;
        this.base = base;
    }

    void procedure() {
        procedureId = base;
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("INSERT INTO app_procedure (id, code, kind, title_it, title_en, opens_at, closes_at,"
                        + " max_preferences, created_at, updated_at) VALUES (?, ?, 'GPS', ?, ?, ?, ?, 150, ?, ?)")
                .setParameter(1, procedureId).setParameter(2, procedureCode).setParameter(3, procedureCode)
                .setParameter(4, procedureCode).setParameter(5, Timestamp.from(Instant.now().minusSeconds(86400 * 30)))
                .setParameter(6, Timestamp.from(Instant.now().minusSeconds(86400))).setParameter(7, now)
                .setParameter(8, now).executeUpdate();
    }

    /** One person with one submitted GPS application; returns the submission id. */
    long candidate(String province, String subjectClass, int band, LocalDate birth, int children,
                   List<String> preferences, List<T> titles, List<S> services, List<String> schools) {
        long id = base + (++next);
        Timestamp now = Timestamp.from(Instant.now());
        String user = "rnk" + id;
        em.createNativeQuery("INSERT INTO account (id, username, kind, state, display_name, created_at)"
                + " VALUES (?, ?, 'CITIZEN', 'ACTIVE', ?, ?)").setParameter(1, id).setParameter(2, user)
                .setParameter(3, "Test " + id).setParameter(4, now).executeUpdate();
        String cf = ("RNK" + id + "XXXXXXXXXXXXXXXX").substring(0, 16);
        em.createNativeQuery("INSERT INTO citizen (account_id, codice_fiscale, given_name, family_name, birth_date,"
                        + " birth_place_code, birth_place_name, sex, registration_number, registered_at,"
                        + " registration_expires_at) VALUES (?, ?, 'Test', ?, ?, 'H501', 'Roma', 'F', ?, ?, ?)")
                .setParameter(1, id).setParameter(2, cf).setParameter(3, "N" + id)
                .setParameter(4, Date.valueOf(birth)).setParameter(5, "RT" + id).setParameter(6, now)
                .setParameter(7, now).executeUpdate();
        em.createNativeQuery("INSERT INTO app_application (id, procedure_id, account_id, state, created_at, updated_at)"
                        + " VALUES (?, ?, ?, 'SUBMITTED', ?, ?)").setParameter(1, id).setParameter(2, procedureId)
                .setParameter(3, id).setParameter(4, now).setParameter(5, now).executeUpdate();
        em.createNativeQuery("INSERT INTO app_submission (id, application_id, active_application_id, state, registry,"
                        + " protocol_year, protocol_number, protocol, idempotency_key, started_at, submitted_at)"
                        + " VALUES (?, ?, ?, 'SUBMITTED', 'RNKTEST', 2026, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, id).setParameter(3, id).setParameter(4, id)
                .setParameter(5, "RNKTEST." + id).setParameter(6, "rnk-" + id).setParameter(7, now)
                .setParameter(8, now).executeUpdate();
        rows(id, province, subjectClass, band, children, preferences, titles, services, schools);
        return id;
    }

    private void rows(long id, String province, String subjectClass, int band, int children, List<String> preferences,
                      List<T> titles, List<S> services, List<String> schools) {
        em.createNativeQuery("INSERT INTO gps_application (submission_id, profile, province_code, children)"
                        + " VALUES (?, 'DOCENTE', ?, ?)").setParameter(1, id).setParameter(2, province)
                .setParameter(3, children).executeUpdate();
        em.createNativeQuery("INSERT INTO gps_class (submission_id, pos, subject_class, band) VALUES (?, 1, ?, ?)")
                .setParameter(1, id).setParameter(2, subjectClass).setParameter(3, band).executeUpdate();
        int pos = 0;
        for (T t : titles) {
            addTitle(id, ++pos, t);
        }
        pos = 0;
        for (S s : services) {
            em.createNativeQuery("INSERT INTO gps_service (submission_id, pos, school_code, from_date, to_date,"
                            + " subject_class) VALUES (?, ?, 'RMIC81200D', ?, ?, ?)").setParameter(1, id)
                    .setParameter(2, ++pos).setParameter(3, Date.valueOf(s.from())).setParameter(4, Date.valueOf(s.to()))
                    .setParameter(5, s.subjectClass()).executeUpdate();
        }
        for (String p : preferences) {
            em.createNativeQuery("INSERT INTO gps_preference (submission_id, title_code) VALUES (?, ?)")
                    .setParameter(1, id).setParameter(2, p).executeUpdate();
        }
        pos = 0;
        for (String s : schools) {
            em.createNativeQuery("INSERT INTO gps_school_choice (submission_id, pos, school_code) VALUES (?, ?, ?)")
                    .setParameter(1, id).setParameter(2, ++pos).setParameter(3, s).executeUpdate();
        }
    }

    /** A submitted GPS application of an existing account (the demo citizen); returns the submission id. */
    long candidateFor(long accountId, String province, String subjectClass, int band, List<T> titles, List<S> services,
                      List<String> schools) {
        long id = base + (++next);
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("INSERT INTO app_application (id, procedure_id, account_id, state, created_at, updated_at)"
                        + " VALUES (?, ?, ?, 'SUBMITTED', ?, ?)").setParameter(1, id).setParameter(2, procedureId)
                .setParameter(3, accountId).setParameter(4, now).setParameter(5, now).executeUpdate();
        em.createNativeQuery("INSERT INTO app_submission (id, application_id, active_application_id, state, registry,"
                        + " protocol_year, protocol_number, protocol, idempotency_key, started_at, submitted_at)"
                        + " VALUES (?, ?, ?, 'SUBMITTED', 'RNKTEST', 2026, ?, ?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, id).setParameter(3, id).setParameter(4, id)
                .setParameter(5, "RNKTEST." + id).setParameter(6, "rnk-" + id).setParameter(7, now)
                .setParameter(8, now).executeUpdate();
        rows(id, province, subjectClass, band, 0, List.of(), titles, services, schools);
        return id;
    }

    void addTitle(long submissionId, int pos, T t) {
        em.createNativeQuery("INSERT INTO gps_qualification (submission_id, pos, title, grade, obtained_on,"
                        + " institution, qual_type) VALUES (?, ?, ?, ?, DATE '2010-07-01', 'Universita', ?)")
                .setParameter(1, submissionId).setParameter(2, pos).setParameter(3, "Titolo " + t.type())
                .setParameter(4, t.grade()).setParameter(5, t.type()).executeUpdate();
    }

    /** Withdraws an application (its submission annulled): it leaves the next ranking. */
    void annul(long submissionId) {
        em.createNativeQuery("UPDATE app_submission SET state = 'ANNULLED', active_application_id = NULL WHERE id = ?")
                .setParameter(1, submissionId).executeUpdate();
    }
}
