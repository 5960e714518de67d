package it.polis.web.shell;

import it.polis.identity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in with the portal's own form (login.xhtml) against the database identity store.
 * Protected pages send the user to the form and back afterwards. Further mechanisms (SPID/CIE
 * via OpenID Connect) can be added beside this one.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.CITIZEN, Role.CITIZEN_PENDING, Role.SECRETARIAT, Role.ADMINISTRATOR, Role.PROCEDURE_ADMIN, Role.RANKING_PUBLISHER,
        Role.RANKING_APPROVER, Role.CAMPAIGN_MANAGER, Role.HELP_DESK})
@ApplicationScoped
public class SecurityConfig {
}
