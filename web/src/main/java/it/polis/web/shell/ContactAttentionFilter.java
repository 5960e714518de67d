package it.polis.web.shell;

import it.polis.identity.AccountDirectory;
import it.polis.identity.RegistrationService;
import it.polis.identity.Role;
import it.polis.identity.contact.ContactDirectory;
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
 * Once per session, the first page of the personal area checks whether an email address of the citizen
 * bounced; if so it leads to the contact data page with an explanation (once: the person may then go
 * on to the area, and the contacts page keeps a notice until the address is fixed).
 */
@WebFilter(filterName = "ContactAttentionFilter", urlPatterns = "/area/*")
public class ContactAttentionFilter extends HttpFilter {

    /** Session flag: the check ran in this session. */
    public static final String CHECKED = "polis.contactsChecked";
    /** Session flag: the contacts page shows why the person was brought there (read once by the page). */
    public static final String ATTENTION = "polis.contactsAttention";
    public static final String CONTACTS_PAGE = "/area/services/contacts.xhtml";

    @EJB
    private ContactDirectory contacts;

    @EJB
    private AccountDirectory accounts;

    @EJB
    private RegistrationService registrations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        boolean checked = session != null && session.getAttribute(CHECKED) != null;
        if (!checked && "GET".equals(request.getMethod()) && request.isUserInRole(Role.CITIZEN)
                && setupDone(session, request.getUserPrincipal().getName())) {
            request.getSession().setAttribute(CHECKED, Boolean.TRUE);
            Long accountId = accounts.byUsername(request.getUserPrincipal().getName()).map(a -> a.getId()).orElse(null);
            if (accountId != null && contacts.needsAttention(accountId)) {
                request.getSession().setAttribute(ATTENTION, Boolean.TRUE);
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (!CONTACTS_PAGE.equals(path)) {
                    response.sendRedirect(request.getContextPath() + CONTACTS_PAGE);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** First access (personal code, security question) comes before anything else, whatever the filter order. */
    private boolean setupDone(HttpSession session, String username) {
        if (session != null && Boolean.TRUE.equals(session.getAttribute(FirstAccessFilter.SETUP_DONE))) {
            return true;
        }
        return !FirstAccessFilter.needsSetup(registrations, username);
    }
}
