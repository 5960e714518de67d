package it.polis.web.shell;

import it.polis.identity.Role;
import it.polis.identity.recovery.PasswordService;
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
 * After a sign-in with a temporary password ("forgot password") the citizen must choose a new
 * password before anything else: every page of the personal area and of the account pages leads to
 * the password-change page until then (enforced here, on the server). The sign-in marks the session;
 * a session without the mark asks the database once.
 */
@WebFilter(filterName = "TemporaryPasswordFilter", urlPatterns = {"/area/*", "/account/*"})
public class TemporaryPasswordFilter extends HttpFilter {

    public static final String CHANGE_PAGE = "/account/password-change.xhtml";

    @EJB
    private PasswordService passwords;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !CHANGE_PAGE.equals(request.getServletPath())
                && (request.isUserInRole(Role.CITIZEN) || request.isUserInRole(Role.CITIZEN_PENDING))
                && mustChange(request)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean mustChange(HttpServletRequest request) {
        HttpSession session = request.getSession();
        Object mark = session.getAttribute(PasswordService.MUST_CHANGE_ATTRIBUTE);
        if (mark instanceof Boolean known) {
            return known;
        }
        boolean must = passwords.mustChangePassword(request.getUserPrincipal().getName());
        session.setAttribute(PasswordService.MUST_CHANGE_ATTRIBUTE, must);
        return must;
    }
}
