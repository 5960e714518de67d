package it.polis.web.dev;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Dev/test only: throws, so the tests can see that an unexpected failure shows the friendly
 * error page and no stack trace. Answers 404 when dev mode is off.
 */
@WebServlet("/dev/fail")
public class FailServlet extends HttpServlet {

    @Inject
    private DevMode devMode;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!devMode.isEnabled()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        throw new IllegalStateException("Deliberate failure for the error page test");
    }
}
