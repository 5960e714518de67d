package it.polis.web.dev;

import it.polis.platform.batch.BatchJobs;
import it.polis.rankings.RankingBenchData;
import it.polis.rankings.RankingJobWork;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Dev/benchmark only (404 when dev mode is off), for the {@code ranking} benchmark; answers name=value lines:
 * <ul>
 *   <li>{@code POST /dev/bench/ranking?action=generate&count=N}: N synthetic GPS applications (replacing the
 *       previous ones) in a benchmark cycle;</li>
 *   <li>{@code action=job[&threads=2&chunkSize=500]}: the publish-ranking dry run of that cycle, waited for:
 *       execution, version, status, jobMs (creation to end) and each step's time;</li>
 *   <li>{@code action=sql}: the same ranking with one INSERT ... SELECT ... RANK() OVER: sqlMs;</li>
 *   <li>{@code action=compare&version=V}: rows only in the job's version or only in the statement's result.</li>
 * </ul>
 */
@WebServlet("/dev/bench/ranking")
public class RankingBenchServlet extends HttpServlet {

    @Inject
    private DevMode devMode;

    @EJB
    private RankingBenchData data;

    @EJB
    private RankingJobWork work;

    @EJB
    private BatchJobs jobs;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!devMode.isEnabled()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/plain;charset=UTF-8");
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            switch (String.valueOf(req.getParameter("action"))) {
                case "generate" -> out.putAll(data.generate(Integer.parseInt(req.getParameter("count").trim())));
                case "job" -> job(req, out);
                case "sql" -> out.put("sqlMs", data.singleStatement());
                case "compare" -> out.putAll(data.compare(Long.parseLong(req.getParameter("version").trim())));
                default -> {
                    resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "action: generate, job, sql or compare");
                    return;
                }
            }
        } catch (NumberFormatException | NullPointerException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "count and version must be numbers");
            return;
        } catch (Exception e) {
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, String.valueOf(e));
            return;
        }
        PrintWriter w = resp.getWriter();
        out.forEach((k, v) -> w.println(k + "=" + v));
    }

    private void job(HttpServletRequest req, Map<String, Object> out) throws InterruptedException {
        Properties p = new Properties();
        p.setProperty("cycle", RankingBenchData.CYCLE);
        p.setProperty("scope", "ALL");
        p.setProperty("mode", RankingJobWork.DRY_RUN);
        p.setProperty("requestedBy", "benchmark");
        p.setProperty("threads", req.getParameter("threads") == null ? "2" : req.getParameter("threads"));
        p.setProperty("chunkSize", req.getParameter("chunkSize") == null ? "500" : req.getParameter("chunkSize"));
        long id = jobs.start(RankingJobWork.JOB, p);
        JobExecution e;
        while (true) {
            e = jobs.execution(id);
            BatchStatus s = e.getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED
                    || s == BatchStatus.ABANDONED) {
                break;
            }
            Thread.sleep(100);
        }
        out.put("execution", id);
        out.put("status", e.getBatchStatus());
        out.put("version", work.versionOf(jobs.instance(id).getInstanceId(), null));
        out.put("jobMs", e.getEndTime().getTime() - e.getCreateTime().getTime());
        for (StepExecution s : jobs.steps(id)) {
            out.put("step." + s.getStepName() + "Ms", s.getEndTime() == null ? -1
                    : s.getEndTime().getTime() - s.getStartTime().getTime());
        }
    }
}
