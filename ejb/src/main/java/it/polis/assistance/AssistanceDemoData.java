package it.polis.assistance;

import it.polis.identity.Account;
import it.polis.identity.AccountKind;
import it.polis.identity.AccountState;
import it.polis.identity.Argon2idPasswordHash;
import it.polis.identity.Role;
import it.polis.identity.cf.CodiceFiscaleCalculator;
import it.polis.identity.cf.PersonalData;
import it.polis.identity.cf.Sex;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.demo.DemoLogins;
import it.polis.reference.School;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Demo assistance requests (polis.demo.enabled=true): a few requests from the demo schools, one
 * in each state, and a second help desk operator (two operators are needed to see that only one
 * can take a request). Idempotent. Never enabled in production.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class AssistanceDemoData {

    private static final Logger LOG = Logger.getLogger(AssistanceDemoData.class.getName());
    private static final String HELP_DESK = "helpdesk";
    /** A second help desk operator, password {@link DemoLogins#OPERATOR_PASSWORD}. */
    public static final String SECOND_HELP_DESK = "helpdesk.bis";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Argon2idPasswordHash hasher;

    @Inject
    @ConfigProperty(name = "polis.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        Instant now = clock.now();
        int added = 0;
        if (em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", SECOND_HELP_DESK)
                .getResultList().isEmpty()) {
            Account a = new Account(SECOND_HELP_DESK, AccountKind.OPERATOR, AccountState.ACTIVE,
                    "Assistenza Ministero (secondo operatore)", SECOND_HELP_DESK + "@ministero.polis.test", now);
            a.setPasswordHash(hasher.generate(DemoLogins.OPERATOR_PASSWORD.toCharArray()));
            a.getRoles().add(Role.HELP_DESK);
            em.persist(a);
            added++;
        }
        added += add("demo-assistance-1", "RMIC81200D", AssistanceKind.PASSWORD_NO_SECURITY_QUESTION,
                "Verdi", "Anna", LocalDate.of(1975, 3, 14), Sex.FEMALE, "H501", null, "anna.verdi@example.net",
                "La docente non ricorda la password e non ha mai impostato la domanda di sicurezza.",
                now.minus(Duration.ofHours(3)), AssistanceState.NEW);
        added += add("demo-assistance-2", "RMPS01000G", AssistanceKind.FORGOTTEN_USERNAME,
                "Esposito", "Luca", LocalDate.of(1982, 11, 2), Sex.MALE, "F839", "RMPS01000G", "luca.esposito@example.net",
                "Il docente non ricorda il nome utente scelto alla registrazione.",
                now.minus(Duration.ofDays(1)), AssistanceState.TAKEN);
        added += add("demo-assistance-3", "MIEE01200B", AssistanceKind.OTHER,
                "Colombo", "Sara", LocalDate.of(1990, 6, 21), Sex.FEMALE, "F205", null, "sara.colombo@example.net",
                "La collaboratrice scolastica non riceve l'email di conferma della registrazione.",
                now.minus(Duration.ofDays(3)), AssistanceState.ANSWERED);
        added += add("demo-assistance-4", "NAIS00300X", AssistanceKind.PASSWORD_NO_SECURITY_QUESTION,
                "Russo", "Marco", LocalDate.of(1968, 1, 30), Sex.MALE, "F839", null, "marco.russo@example.net",
                "Il docente ha perso la password e la risposta alla domanda di sicurezza.",
                now.minus(Duration.ofDays(10)), AssistanceState.CLOSED);
        if (added > 0) {
            audit.record("system", "DEMO_ASSISTANCE_LOADED", "demo", null, added + " rows", null);
        }
        LOG.info("Demo assistance requests present (" + added + " added now)");
    }

    private int add(String key, String school, AssistanceKind kind, String family, String given, LocalDate birth,
                    Sex sex, String place, String serviceSchool, String reply, String description, Instant filedAt,
                    AssistanceState state) {
        if (!em.createNamedQuery(AssistanceRequest.BY_SUBMISSION_KEY, AssistanceRequest.class)
                .setParameter("key", key).getResultList().isEmpty()) {
            return 0;
        }
        School s = em.find(School.class, school);
        if (s == null) {
            return 0;
        }
        String cf = CodiceFiscaleCalculator.compute(new PersonalData(family, given, birth, sex, place)).value();
        Number seq = (Number) em.createNativeQuery("SELECT assistance_number_seq.NEXTVAL FROM DUAL").getSingleResult();
        String number = String.format("AST-%d-%06d", filedAt.atZone(PortalClock.ROME).getYear(), seq.longValue());
        boolean personal = kind.needsPersonalData();
        AssistanceRequest r = new AssistanceRequest(number, kind, school, school, s.getEmail(), cf,
                personal ? given : null, personal ? family : null, personal ? birth : null, serviceSchool, reply,
                description, "it", key, filedAt);
        em.persist(r);
        em.persist(new AssistanceEvent(r, filedAt, school, "FILED", kind.name()));
        if (state != AssistanceState.NEW) {
            Instant taken = filedAt.plus(Duration.ofHours(1));
            r.take(HELP_DESK, taken);
            em.persist(new AssistanceEvent(r, taken, HELP_DESK, "TAKEN", null));
        }
        if (state == AssistanceState.ANSWERED || state == AssistanceState.CLOSED) {
            Instant answered = filedAt.plus(Duration.ofHours(2));
            r.answer(HELP_DESK, "Abbiamo verificato i dati: la persona può ora seguire le istruzioni ricevute"
                    + " all'indirizzo di posta indicato.", answered);
            em.persist(new AssistanceEvent(r, answered, HELP_DESK, "ANSWERED", null));
        }
        if (state == AssistanceState.CLOSED) {
            Instant closed = filedAt.plus(Duration.ofDays(1));
            r.close(closed);
            em.persist(new AssistanceEvent(r, closed, HELP_DESK, "CLOSED", null));
        }
        return 1;
    }
}
