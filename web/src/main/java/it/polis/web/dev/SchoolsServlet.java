package it.polis.web.dev;

import it.polis.reference.SchoolGenerator;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Dev/benchmark only: {@code POST /dev/schools?count=8000[&seed=2027]} fills the school table with a
 * generated national-size set (deterministic for the seed, idempotent) and answers
 * {@code requested=, inserted=, total=} lines. 404 when dev mode is off.
 */
@WebServlet("/dev/schools")
public class SchoolsServlet extends HttpServlet {

    @Inject
    private DevMode devMode;

    @EJB
    private SchoolGenerator generator;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!devMode.isEnabled()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int count;
        long seed;
        try {
            String c = req.getParameter("count");
            String s = req.getParameter("seed");
            count = c == null || c.isBlank() ? 8000 : Integer.parseInt(c.trim());
            seed = s == null || s.isBlank() ? SchoolGenerator.DEFAULT_SEED : Long.parseLong(s.trim());
            if (count < 1 || count > SchoolGenerator.MAX_COUNT) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "count must be 1.." + SchoolGenerator.MAX_COUNT
                    + ", seed a number");
            return;
        }
        SchoolGenerator.Result r = generator.generate(count, seed);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().print("requested=" + r.requested() + "\ninserted=" + r.inserted() + "\ntotal=" + r.total()
                + "\n");
    }
}
