package it.polis.platform.demo;

import it.polis.identity.Account;
import it.polis.identity.AccountKind;
import it.polis.identity.AccountState;
import it.polis.identity.Argon2idPasswordHash;
import it.polis.identity.Citizen;
import it.polis.identity.Role;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
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
 * Loads the demo data of the default run and of the test run (polis.demo.enabled=true):
 * a few schools with their secretariat accounts, one operator per ministry role and one
 * active citizen. Idempotent: only what is missing is added. Never enabled in production.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Argon2idPasswordHash hasher;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "polis.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        int added = 0;
        for (DemoLogins.School s : DemoLogins.SCHOOLS) {
            if (em.find(School.class, s.code()) == null) {
                em.persist(new School(s.code(), s.name(), s.type(), s.comune(), s.province(), s.distretto(),
                        s.code().toLowerCase() + "@istruzione.it"));
                added++;
            }
            added += addAccount(s.code(), "Segreteria " + s.name(), s.code().toLowerCase() + "@istruzione.it",
                    AccountKind.SECRETARIAT, Role.SECRETARIAT, DemoLogins.SCHOOL_PASSWORD, s.code());
        }
        for (DemoLogins.Operator o : DemoLogins.OPERATORS) {
            added += addAccount(o.username(), o.name(), o.username() + "@ministero.polis.test",
                    AccountKind.OPERATOR, o.role(), DemoLogins.OPERATOR_PASSWORD, null);
        }
        added += addAccount(DemoLogins.CITIZEN_USERNAME, "Mario Rossi", "mario.rossi@example.org",
                AccountKind.CITIZEN, Role.CITIZEN, DemoLogins.CITIZEN_PASSWORD, null);
        added += addCitizen();
        if (added > 0) {
            audit.record("system", "DEMO_DATA_LOADED", "demo", null, added + " rows", null);
        }
        LOG.info("Demo data present (" + added + " rows added now)");
    }

    /** Mario Rossi, born in Rome on 1 January 1980: registered, identified, personal code set. */
    private int addCitizen() {
        Account a = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", DemoLogins.CITIZEN_USERNAME).getSingleResult();
        if (em.find(Citizen.class, a.getId()) != null) {
            return 0;
        }
        Instant now = clock.now();
        Citizen c = new Citizen(a, DemoLogins.CITIZEN_CF, "Mario", "Rossi", LocalDate.of(1980, 1, 1), "H501", "Roma",
                "M", "R2026-DEMO001", now, now.plus(Duration.ofDays(60)));
        c.setEmailConfirmedAt(now);
        c.setIdentifiedAt(now);
        c.setPersonalCode(hasher.generate(DemoLogins.CITIZEN_PERSONAL_CODE.toCharArray()), false);
        c.setSecurityQuestion(DemoLogins.CITIZEN_SECURITY_QUESTION,
                hasher.generate(DemoLogins.CITIZEN_SECURITY_ANSWER.toCharArray()));
        em.persist(c);
        return 1;
    }

    private int addAccount(String username, String name, String email, AccountKind kind, String role,
                           String password, String schoolCode) {
        if (!em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultList().isEmpty()) {
            return 0;
        }
        Account a = new Account(username, kind, AccountState.ACTIVE, name, email, clock.now());
        a.setPasswordHash(hasher.generate(password.toCharArray()));
        a.setSchoolCode(schoolCode);
        a.getRoles().add(role);
        em.persist(a);
        return 1;
    }
}
