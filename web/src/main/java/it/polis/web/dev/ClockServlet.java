package it.polis.web.dev;

import it.polis.platform.PortalClock;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Dev/test only: moves the portal's clock ({@code POST /dev/clock?offset=PT73H}, {@code offset=PT0S}
 * to reset) so tests can reach expiries and deadlines without waiting. 404 when dev mode is off.
 */
@WebServlet("/dev/clock")
public class ClockServlet extends HttpServlet {

    @Inject
    private DevMode devMode;

    @Inject
    private PortalClock clock;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!devMode.isEnabled()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            clock.shift(Duration.parse(req.getParameter("offset")));
        } catch (DateTimeParseException | NullPointerException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "offset must be an ISO-8601 duration");
            return;
        }
        resp.setContentType("text/plain");
        resp.getWriter().println(clock.now());
    }
}
