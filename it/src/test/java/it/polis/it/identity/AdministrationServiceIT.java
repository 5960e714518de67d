package it.polis.it.identity;

import it.polis.identity.Account;
import it.polis.identity.AccountDirectory;
import it.polis.identity.admin.AdministrationService;
import it.polis.identity.admin.AuditFilter;
import it.polis.it.support.Deployments;
import it.polis.platform.demo.StaffDirectoryLogins;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * In the container: the administration service itself refuses callers without the ADMINISTRATOR
 * role (not only the pages), and staff-directory accounts hold no password in the portal.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessModule("administration-it", AdministrationServiceIT.class);
    }

    @Inject
    private AdministrationService admin;

    @Inject
    private AccountDirectory accounts;

    @Test
    void theServiceRefusesCallersWithoutTheAdministratorRole() {
        assertThrows(EJBAccessException.class, () -> admin.countOperators(null));
        assertThrows(EJBAccessException.class, () -> admin.audit(AuditFilter.NONE, 0, 10));
        assertThrows(EJBAccessException.class, () -> admin.findCitizen("mario.rossi"));
        assertThrows(EJBAccessException.class,
                () -> admin.createOperator("intruder", "Intruder", "intruder@example.org", null, Set.of("ADMINISTRATOR")));
        assertThrows(EJBAccessException.class, () -> admin.setSchoolPassword("RMIC81200D"));
    }

    @Test
    void directoryLinkedAccountsHaveNoPortalPassword() {
        for (StaffDirectoryLogins.Person p : StaffDirectoryLogins.PEOPLE) {
            if (p.role() == null) {
                continue;
            }
            Account a = accounts.byUsername(p.mailbox()).orElseThrow();
            assertNotNull(a.getCodiceFiscale());
            assertNull(a.getPasswordHash(), p.mailbox());
        }
    }
}
