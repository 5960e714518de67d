package it.polis.identity.directory;

import it.polis.identity.Account;
import it.polis.identity.AccountKind;
import it.polis.identity.AccountState;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.demo.DemoLogins;
import it.polis.platform.demo.StaffDirectoryLogins;
import it.polis.reference.School;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data of the administration (polis.demo.enabled=true): the portal accounts linked by CF to the
 * demo staff of the staff directory (no portal password: they sign in with their mailbox
 * credentials), and a few schools that have no secretariat account yet. Idempotent.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class StaffDirectoryDemoData {

    @PersistenceContext
    private EntityManager em;

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
        for (StaffDirectoryLogins.Person p : StaffDirectoryLogins.PEOPLE) {
            if (p.role() == null || !em.createNamedQuery(Account.BY_USERNAME, Account.class)
                    .setParameter("username", p.mailbox()).getResultList().isEmpty()) {
                continue;
            }
            Account a = new Account(p.mailbox(), AccountKind.OPERATOR, AccountState.ACTIVE, p.name(), p.mailbox(),
                    clock.now());
            a.setCodiceFiscale(p.codiceFiscale());
            a.getRoles().add(p.role());
            em.persist(a);
            added++;
        }
        for (DemoLogins.School s : StaffDirectoryLogins.SCHOOLS_WITHOUT_ACCOUNT) {
            if (em.find(School.class, s.code()) == null) {
                em.persist(new School(s.code(), s.name(), s.type(), s.comune(), s.province(), s.distretto(),
                        s.code().toLowerCase() + "@istruzione.it"));
                added++;
            }
        }
        if (added > 0) {
            audit.record("system", "DEMO_DATA_LOADED", "demo", "staff-directory", added + " rows", null);
        }
    }
}
