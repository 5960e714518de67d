package it.polis.web.dev;

import it.polis.campaigns.CampaignBenchData;
import it.polis.campaigns.CampaignKind;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Dev/test/benchmark only (404 when dev mode is off), for the campaign benchmark and crash test:
 * <ul>
 *   <li>{@code POST /dev/bench/campaign?action=audience&count=N&province=XX&domain=D&prefix=P}: N ACTIVE
 *       citizens mailed at {@code P<n>@D}, postal address in province XX; answers {@code first=} and {@code last=}.</li>
 *   <li>{@code ...?action=start&province=XX&rate=R[&kind=INFORMATIONAL]&name=...}: a campaign to that province,
 *       started now; answers {@code id=}.</li>
 *   <li>{@code ...?action=resume&id=I}: resumes it as the console does.</li>
 *   <li>{@code ...?action=status&id=I}: state and counts as {@code name=value} lines.</li>
 * </ul>
 */
@WebServlet("/dev/bench/campaign")
public class CampaignBenchServlet extends HttpServlet {

    @Inject
    private DevMode devMode;

    @EJB
    private CampaignBenchData data;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!devMode.isEnabled()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        try {
            switch (String.valueOf(req.getParameter("action"))) {
                case "audience" -> {
                    long[] ids = data.audience(req.getParameter("prefix"), req.getParameter("domain"),
                            Integer.parseInt(req.getParameter("count")), req.getParameter("province"), null);
                    out.println("first=" + ids[0]);
                    out.println("last=" + ids[1]);
                }
                case "start" -> {
                    String kind = req.getParameter("kind");
                    long id = data.start(String.valueOf(req.getParameter("name")), req.getParameter("province"),
                            kind == null ? CampaignKind.SERVICE : CampaignKind.valueOf(kind),
                            Integer.parseInt(req.getParameter("rate")));
                    out.println("id=" + id);
                }
                case "resume" -> data.resume(Long.parseLong(req.getParameter("id")));
                case "status" -> data.status(Long.parseLong(req.getParameter("id"))).forEach((k, v) -> out.println(k + "=" + v));
                default -> resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "action: audience, start, resume, status");
            }
        } catch (RuntimeException e) {
            resp.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            out.println("error=" + e);
        }
    }
}
