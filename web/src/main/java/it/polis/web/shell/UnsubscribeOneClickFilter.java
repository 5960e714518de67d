package it.polis.web.shell;

import it.polis.campaigns.UnsubscribeService;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * One-click unsubscribe (RFC 8058): mail programs POST {@code List-Unsubscribe=One-Click} to the link of the
 * {@code List-Unsubscribe} header of informational campaigns; the signed token in the link is the
 * authorisation. Everything else goes on to the unsubscribe page, where a person confirms with a button.
 */
@WebFilter("/unsubscribe.xhtml")
public class UnsubscribeOneClickFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    private UnsubscribeService unsubscribe;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(req.getMethod()) && "One-Click".equals(req.getParameter("List-Unsubscribe"))) {
            boolean ok = unsubscribe.optOut(req.getParameter("t"), req.getRemoteAddr());
            res.setStatus(ok ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
            res.setContentType("text/plain;charset=UTF-8");
            res.getWriter().println(ok ? "unsubscribed" : "invalid link");
            return;
        }
        chain.doFilter(req, res);
    }
}
