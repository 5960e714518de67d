package it.polis.web.dev;

import it.polis.applications.SubmitBenchData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Dev/benchmark only (404 when dev mode is off), for the {@code submit} benchmark:
 * <ul>
 *   <li>{@code POST /dev/bench/submit?action=prepare&count=200[&procedure=DEMO-CESSAZIONI-2027]}: that many
 *       new ACTIVE citizens (password and personal code of {@code /dev/citizen}), each with a complete
 *       draft; answers one {@code username applicationId} line each.</li>
 *   <li>{@code POST /dev/bench/submit?action=check} with a body of application ids (comma or space
 *       separated): answers {@code name=value} lines (submitted, submissions, protocols, receipts,
 *       receiptJobsDone, receiptMails, notExactlyOne, firstWrong).</li>
 * </ul>
 */
@WebServlet("/dev/bench/submit")
public class SubmitBenchServlet extends HttpServlet {

    @Inject
    private DevMode devMode;

    @EJB
    private SubmitBenchData data;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!devMode.isEnabled()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/plain;charset=UTF-8");
        String action = req.getParameter("action");
        try {
            if ("prepare".equals(action)) {
                int count = Integer.parseInt(String.valueOf(req.getParameter("count")).trim());
                String procedure = req.getParameter("procedure");
                List<SubmitBenchData.Prepared> list = data.prepare(count,
                        procedure == null || procedure.isBlank() ? "DEMO-CESSAZIONI-2027" : procedure.trim());
                PrintWriter out = resp.getWriter();
                list.forEach(p -> out.println(p.username() + " " + p.applicationId()));
            } else if ("check".equals(action)) {
                List<Long> ids = new ArrayList<>();
                for (String s : new String(req.getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.US_ASCII).split("[,\\s]+")) {
                    if (!s.isBlank()) {
                        ids.add(Long.parseLong(s.trim()));
                    }
                }
                Map<String, Object> result = data.check(ids);
                PrintWriter out = resp.getWriter();
                result.forEach((k, v) -> out.println(k + "=" + v));
            } else {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "action must be prepare or check");
            }
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "count and ids must be numbers");
        } catch (jakarta.ejb.EJBException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, String.valueOf(e.getCause()));
        }
    }
}
