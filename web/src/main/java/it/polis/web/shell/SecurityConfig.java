package it.polis.web.shell;

import it.polis.identity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Roles the portal declares. Sign-in is {@link PortalAuthenticationMechanism} (the portal's own form,
 * login.xhtml, against the identity stores); protected pages send the user to the form and back
 * afterwards. Further mechanisms (SPID/CIE via OpenID Connect) can be added beside it.
 */
@DeclareRoles({Role.CITIZEN, Role.CITIZEN_PENDING, Role.SECRETARIAT, Role.ADMINISTRATOR, Role.PROCEDURE_ADMIN, Role.RANKING_PUBLISHER,
        Role.RANKING_APPROVER, Role.CAMPAIGN_MANAGER, Role.HELP_DESK})
@ApplicationScoped
public class SecurityConfig {
}
