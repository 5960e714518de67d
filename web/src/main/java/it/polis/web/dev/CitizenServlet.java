package it.polis.web.dev;

import it.polis.identity.AccountState;
import it.polis.platform.demo.TestCitizens;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Dev/test only: {@code POST /dev/citizen[?state=EMAIL_CONFIRMED]} creates a fresh citizen (ACTIVE by
 * default) and answers its data as {@code name=value} lines. 404 when dev mode is off.
 */
@WebServlet("/dev/citizen")
public class CitizenServlet extends HttpServlet {

    @Inject
    private DevMode devMode;

    @EJB
    private TestCitizens citizens;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!devMode.isEnabled()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AccountState state;
        try {
            String s = req.getParameter("state");
            state = s == null || s.isBlank() ? AccountState.ACTIVE : AccountState.valueOf(s);
        } catch (IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "state must be ACTIVE or EMAIL_CONFIRMED");
            return;
        }
        if (state != AccountState.ACTIVE && state != AccountState.EMAIL_CONFIRMED) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "state must be ACTIVE or EMAIL_CONFIRMED");
            return;
        }
        Map<String, String> data = citizens.create(state);
        resp.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        data.forEach((k, v) -> out.println(k + "=" + v));
    }
}
