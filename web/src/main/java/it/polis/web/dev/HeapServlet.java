package it.polis.web.dev;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * Dev/test only, for the benchmarks (docs/benchmarks.md). Answers 404 when dev mode is off.
 * <ul>
 *   <li>{@code GET /dev/heap}: runs a full GC, then reports the used heap and the number of
 *       active HTTP sessions as JSON:
 *       {@code {"usedBytes":..,"committedBytes":..,"maxBytes":..,"sessions":..,"sessionsCreated":..,"gcMillis":..}}.</li>
 *   <li>{@code POST /dev/heap?action=invalidate}: invalidates every HTTP session first (so a
 *       measurement starts from zero sessions), then answers like GET.</li>
 * </ul>
 * Never creates a session itself.
 */
@WebServlet("/dev/heap")
public class HeapServlet extends HttpServlet {

    @Inject
    private DevMode devMode;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!devMode.isEnabled()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        report(resp, -1);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!devMode.isEnabled()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"invalidate".equals(req.getParameter("action"))) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        report(resp, SessionCounter.invalidateAll());
    }

    private static void report(HttpServletResponse resp, int invalidated) throws IOException {
        long t0 = System.nanoTime();
        fullGc();
        long gcMillis = (System.nanoTime() - t0) / 1_000_000;
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        String json = "{\"usedBytes\":" + heap.getUsed()
                + ",\"committedBytes\":" + heap.getCommitted()
                + ",\"maxBytes\":" + heap.getMax()
                + ",\"sessions\":" + SessionCounter.active()
                + ",\"sessionsCreated\":" + SessionCounter.created()
                + (invalidated >= 0 ? ",\"invalidated\":" + invalidated : "")
                + ",\"gcMillis\":" + gcMillis + "}";
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write(json);
    }

    /** Two explicit full collections, so that objects freed by finalization/cleaners are gone too. */
    private static void fullGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
