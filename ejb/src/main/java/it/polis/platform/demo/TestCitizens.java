package it.polis.platform.demo;

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
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dev and test support only (reached through {@code POST /dev/citizen}, which answers 404 unless dev
 * mode is on): creates a fresh citizen with unique, consistent data in a given life-cycle state, so a
 * test that changes credentials never touches the shared demo citizen and need not replay the whole
 * registration journey first.
 */
@Stateless
public class TestCitizens {

    public static final String PASSWORD = "Prova-Cittadino-2026";
    public static final String PERSONAL_CODE = "CodiceProva2026";
    public static final String QUESTION = "Colore della mia prima bicicletta";
    public static final String ANSWER = "Rosso Ferrari";

    private static final String LETTERS = "BCDFGLMNPRSTVZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Argon2idPasswordHash hasher;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    /**
     * @param state ACTIVE (identified, personal code and security question set) or EMAIL_CONFIRMED
     *              (waiting for identification, temporary personal code)
     * @return the citizen's data and secrets as name/value pairs
     */
    public Map<String, String> create(AccountState state) {
        if (state != AccountState.ACTIVE && state != AccountState.EMAIL_CONFIRMED) {
            throw new IllegalArgumentException("state must be ACTIVE or EMAIL_CONFIRMED");
        }
        // The random letters come first, so the surname part of the codice fiscale varies too; a
        // person that already exists (user name or CF) is simply drawn again.
        String family;
        String given = "Giulia";
        LocalDate birth;
        String cf;
        String username;
        do {
            StringBuilder tag = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                tag.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
            }
            family = tag.charAt(0) + tag.substring(1).toLowerCase() + "prova";
            birth = LocalDate.of(1970 + RANDOM.nextInt(30), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
            cf = CodiceFiscaleCalculator.compute(new PersonalData(family, given, birth, Sex.FEMALE, "H501")).value();
            username = "giulia." + family.toLowerCase();
        } while (exists(username, cf));
        String email = username + "@example.org";
        Instant now = clock.now();

        Account a = new Account(username, AccountKind.CITIZEN, state, given + " " + family, email, now);
        a.setPasswordHash(hasher.generate(PASSWORD.toCharArray()));
        a.getRoles().add(state == AccountState.ACTIVE ? Role.CITIZEN : Role.CITIZEN_PENDING);
        em.persist(a);
        em.flush();
        Number seq = (Number) em.createNativeQuery("SELECT registration_number_seq.NEXTVAL FROM DUAL").getSingleResult();
        String regNo = String.format("R%d-%07d", clock.nowInRome().getYear(), seq.longValue());
        Citizen c = new Citizen(a, cf, given, family, birth, "H501", "Roma", "F", regNo, now, now.plus(Duration.ofDays(60)));
        c.setEmailConfirmedAt(now);
        c.setPersonalCode(hasher.generate(PERSONAL_CODE.toCharArray()), state != AccountState.ACTIVE);
        if (state == AccountState.ACTIVE) {
            c.setIdentifiedAt(now);
            c.setSecurityQuestion(QUESTION, hasher.generate(ANSWER.toCharArray()));
        }
        em.persist(c);
        audit.record("dev", "TEST_CITIZEN_CREATED", "account", String.valueOf(a.getId()), state.name(), null);

        Map<String, String> out = new LinkedHashMap<>();
        out.put("username", username);
        out.put("password", PASSWORD);
        out.put("cf", cf);
        out.put("givenName", given);
        out.put("familyName", family);
        out.put("birthDate", birth.toString());
        out.put("email", email);
        out.put("registrationNumber", regNo);
        out.put("personalCode", PERSONAL_CODE);
        out.put("securityQuestion", QUESTION);
        out.put("securityAnswer", ANSWER);
        return out;
    }

    private boolean exists(String username, String cf) {
        return !em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultList().isEmpty()
                || !em.createNamedQuery(Citizen.BY_ACTIVE_CF, Citizen.class).setParameter("cf", cf).getResultList().isEmpty();
    }
}
