package it.polis.web.shell;

import it.polis.identity.AccountState;
import it.polis.identity.Citizen;
import it.polis.identity.RegistrationService;
import it.polis.identity.Role;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Optional;

/**
 * Until an active citizen has replaced a temporary personal code and has a security question,
 * every page of the personal area leads to the first-access page (enforced here, on the server).
 * The check is repeated now and then during a session, so that a session signed in before the
 * account changed (personal code regenerated elsewhere, security question cleared by the help
 * desk, account suspended) does not keep the citizen's rights: a citizen no longer ACTIVE is
 * signed out.
 */
@WebFilter(filterName = "FirstAccessFilter", urlPatterns = "/area/*")
public class FirstAccessFilter extends HttpFilter {

    /** Session flag: set once the setup is known to be complete. */
    public static final String SETUP_DONE = "polis.firstAccessDone";
    /** Session attribute: when the account was last checked (epoch millis). */
    static final String CHECKED_AT = "polis.firstAccessCheckedAt";
    /** How long a check holds within a session: one query per minute at most. */
    static final long RECHECK_MILLIS = 60_000;
    static final String RECOVER_PAGE = "/area/services/cp-recover.xhtml";

    @EJB
    private RegistrationService registrations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Role.CITIZEN)) {
            HttpSession session = request.getSession(false);
            long now = System.currentTimeMillis();
            boolean known = session != null && Boolean.TRUE.equals(session.getAttribute(SETUP_DONE))
                    && session.getAttribute(CHECKED_AT) instanceof Long at && now - at < RECHECK_MILLIS;
            if (!known) {
                Optional<Citizen> citizen = registrations.citizen(request.getUserPrincipal().getName());
                if (citizen.isPresent() && citizen.get().getAccount().getState() != AccountState.ACTIVE) {
                    request.logout();
                    if (session != null) {
                        session.invalidate();
                    }
                    response.sendRedirect(request.getContextPath() + "/login.xhtml?notice=signedOut");
                    return;
                }
                if (citizen.map(Citizen::needsFirstAccessSetup).orElse(false)) {
                    if (session != null) {
                        session.removeAttribute(SETUP_DONE);
                    }
                    if (mayRecoverAgain(citizen.get(), request)) {
                        chain.doFilter(request, response);
                        return;
                    }
                    response.sendRedirect(request.getContextPath() + "/account/first-access.xhtml");
                    return;
                }
                HttpSession s = request.getSession();
                s.setAttribute(SETUP_DONE, Boolean.TRUE);
                s.setAttribute(CHECKED_AT, now);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * After a recovery the temporary code comes by email; whoever cannot find that email may ask for
     * another one (the recovery page, with its own limits) instead of being stuck on the first-access page.
     */
    static boolean mayRecoverAgain(Citizen c, HttpServletRequest request) {
        return c.isPersonalCodeTemporary() && c.getSecurityAnswerHash() != null
                && RECOVER_PAGE.equals(request.getServletPath());
    }

    /**
     * Looked up by the web caller's name through a service open to all (the web constraint already
     * checked the role): under concurrent sign-ins a role-restricted EJB call from a filter was
     * sometimes refused although the web layer had granted the role.
     */
    public static boolean needsSetup(RegistrationService registrations, String username) {
        return registrations.citizen(username).map(Citizen::needsFirstAccessSetup).orElse(false);
    }
}
