package it.polis.applications;

import it.polis.identity.Account;
import it.polis.identity.AccountKind;
import it.polis.identity.AccountState;
import it.polis.identity.Argon2idPasswordHash;
import it.polis.identity.Citizen;
import it.polis.identity.Role;
import it.polis.identity.cf.CodiceFiscaleCalculator;
import it.polis.identity.cf.PersonalData;
import it.polis.identity.cf.Sex;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.demo.TestCitizens;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dev and benchmark support only (reached through {@code /dev/bench/submit}, 404 unless dev mode is
 * on). Makes many ACTIVE citizens at once, each with a complete draft of a retirement procedure ready
 * to be submitted through the check page, and afterwards checks what the submits left behind.
 *
 * <p>The citizens are test data: they all share ONE Argon2id hash per secret (password
 * {@link TestCitizens#PASSWORD}, personal code {@link TestCitizens#PERSONAL_CODE}, security answer),
 * computed once per call, so making a thousand of them costs three hashes, not three thousand. The
 * hashing parameters are the portal's own: signing them in and submitting costs what it costs anybody.
 * The draft is what {@code ApplicationService.open} + {@code save} would leave (same entity, cleaned
 * form data, CREATED and SAVED timeline entries).
 */
@Stateless
public class SubmitBenchData {

    public static final int MAX_COUNT = 1000;
    private static final String CONSONANTS = "BCDFGLMNPRSTVZ";
    private static final String[] GIVEN = {"Marta", "Elena", "Sara", "Chiara", "Paola", "Lucia", "Irene"};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Argon2idPasswordHash hasher;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    /** One prepared citizen: user name and the id of the draft to submit. */
    public record Prepared(String username, long applicationId) {
    }

    /** {@code count} new ACTIVE citizens, each with a complete draft of the procedure (by code). */
    public List<Prepared> prepare(int count, String procedureCode) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be 1.." + MAX_COUNT);
        }
        Procedure p = em.createNamedQuery(Procedure.BY_CODE, Procedure.class).setParameter("code", procedureCode)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no procedure " + procedureCode));
        if (p.getKind() != ProcedureKind.RETIREMENT) {
            throw new IllegalArgumentException("only retirement procedures are supported");
        }
        String passwordHash = hasher.generate(TestCitizens.PASSWORD.toCharArray());
        String codeHash = hasher.generate(TestCitizens.PERSONAL_CODE.toCharArray());
        String answerHash = hasher.generate(TestCitizens.ANSWER.toCharArray());
        @SuppressWarnings("unchecked")
        List<String> schools = em.createNativeQuery("SELECT code FROM school ORDER BY code FETCH FIRST 8000 ROWS ONLY")
                .getResultList();
        LocalDate today = clock.nowInRome().toLocalDate();
        LocalDate leave = LocalDate.of(today.getYear(), Month.SEPTEMBER, 1);
        if (!leave.isAfter(today)) {
            leave = leave.plusYears(1);
        }
        Instant now = clock.now();
        List<Prepared> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long n = ((Number) em.createNativeQuery("SELECT registration_number_seq.NEXTVAL FROM DUAL")
                    .getSingleResult()).longValue();
            // Unique per sequence value: three consonants of the family name, the given name, the birth day.
            int c = (int) (n % 2744);
            String family = cap(CONSONANTS.charAt(c % 14) + "a" + Character.toLowerCase(CONSONANTS.charAt(c / 14 % 14))
                    + "e" + Character.toLowerCase(CONSONANTS.charAt(c / 196)) + "i");
            long rest = n / 2744;
            String given = GIVEN[(int) (rest / 9000 % GIVEN.length)];
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(rest % 9000);
            String cf = CodiceFiscaleCalculator.compute(new PersonalData(family, given, birth, Sex.FEMALE, "H501"))
                    .value();
            String username = "bench." + n;
            Account a = new Account(username, AccountKind.CITIZEN, AccountState.ACTIVE, given + " " + family,
                    username + "@example.org", now);
            a.setPasswordHash(passwordHash);
            a.getRoles().add(Role.CITIZEN);
            em.persist(a);
            em.flush();
            String regNo = String.format("R%d-%07d", clock.nowInRome().getYear(), n);
            Citizen citizen = new Citizen(a, cf, given, family, birth, "H501", "Roma", "F", regNo, now,
                    now.plus(Duration.ofDays(60)));
            citizen.setEmailConfirmedAt(now);
            citizen.setPersonalCode(codeHash, false);
            citizen.setIdentifiedAt(now);
            citizen.setSecurityQuestion(TestCitizens.QUESTION, answerHash);
            em.persist(citizen);

            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("retirementKind", "VECCHIAIA");
            typed.put("staffRole", "DOCENTE");
            typed.put("leaveDate", leave.toString());
            typed.put("currentSchool", schools.isEmpty() ? "RMIC81200D" : schools.get((int) (n % schools.size())));
            typed.put("declTruthful", "true");
            typed.put("declContributions", "true");
            typed.put("declPrivacy", "true");
            Application app = new Application(p, a, now);
            em.persist(app);
            em.flush();
            app.setFormData(ApplicationForms.clean(p.getKind(), typed), now);
            em.persist(new ApplicationEvent(app.getId(), now, ApplicationEvent.CREATED, null));
            em.persist(new ApplicationEvent(app.getId(), now, ApplicationEvent.SAVED, null));
            out.add(new Prepared(username, app.getId()));
        }
        audit.record("dev", "BENCH_DATA_CREATED", "procedure", String.valueOf(p.getId()),
                count + " citizens with a draft", null);
        return out;
    }

    /**
     * What the submits of these applications left: how many are submitted, how many submissions and
     * distinct protocol numbers they have, how many receipts were made and mailed, and the applications
     * that have not exactly one of each.
     */
    public Map<String, Object> check(List<Long> applicationIds) {
        Map<Long, int[]> per = new HashMap<>(); // submitted, submissions, protocols, receipts, jobsDone, mails
        java.util.Set<String> protocols = new java.util.HashSet<>();
        for (int from = 0; from < applicationIds.size(); from += 500) {
            List<Long> chunk = applicationIds.subList(from, Math.min(applicationIds.size(), from + 500));
            chunk.forEach(id -> per.put(id, new int[6]));
            for (Object[] r : rows("SELECT a.id, a.state FROM app_application a WHERE a.id IN (IDS)", chunk)) {
                if ("SUBMITTED".equals(r[1])) {
                    per.get(((Number) r[0]).longValue())[0]++;
                }
            }
            for (Object[] r : rows("SELECT s.application_id, s.protocol, s.receipt_generated_at, j.state, "
                    + "(SELECT COUNT(*) FROM mail_outbox m WHERE m.dedup_key = 'application-receipt:' || s.id) "
                    + "FROM app_submission s LEFT JOIN app_receipt_job j "
                    + "ON j.submission_id = s.id WHERE s.application_id IN (IDS)", chunk)) {
                int[] c = per.get(((Number) r[0]).longValue());
                c[1]++;
                if (r[1] != null && protocols.add((String) r[1])) {
                    c[2]++;
                }
                if (r[2] != null) {
                    c[3]++;
                }
                if ("DONE".equals(r[3])) {
                    c[4]++;
                }
                c[5] += ((Number) r[4]).intValue();
            }
        }
        int[] totals = new int[6];
        List<Long> wrong = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : per.entrySet()) {
            int[] c = e.getValue();
            boolean ok = true;
            for (int k = 0; k < 6; k++) {
                totals[k] += c[k];
                ok &= c[k] == 1;
            }
            if (!ok) {
                wrong.add(e.getKey());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("applications", per.size());
        out.put("submitted", totals[0]);
        out.put("submissions", totals[1]);
        out.put("protocols", totals[2]);
        out.put("receipts", totals[3]);
        out.put("receiptJobsDone", totals[4]);
        out.put("receiptMails", totals[5]);
        out.put("notExactlyOne", wrong.size());
        out.put("firstWrong", wrong.stream().sorted().limit(10).map(String::valueOf).toList());
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Long> ids) {
        // Ids are numbers: written into the statement (native queries take no list parameters portably).
        String in = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        return em.createNativeQuery(sql.replace("IDS", in)).getResultList();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase();
    }
}
