package it.polis.web.shell;

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

/**
 * Until an active citizen has replaced the temporary personal code and set a security question,
 * every page of the personal area leads to the first-access page (enforced here, on the server).
 */
@WebFilter(filterName = "FirstAccessFilter", urlPatterns = "/area/*")
public class FirstAccessFilter extends HttpFilter {

    /** Session flag: set once the setup is known to be complete, so the check costs one query per session. */
    public static final String SETUP_DONE = "polis.firstAccessDone";

    @EJB
    private RegistrationService registrations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        boolean known = session != null && Boolean.TRUE.equals(session.getAttribute(SETUP_DONE));
        if (!known && request.isUserInRole(Role.CITIZEN)) {
            if (needsSetup(registrations, request.getUserPrincipal().getName())) {
                response.sendRedirect(request.getContextPath() + "/account/first-access.xhtml");
                return;
            }
            request.getSession().setAttribute(SETUP_DONE, Boolean.TRUE);
        }
        chain.doFilter(request, response);
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
