package it.polis.tools.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ranking}: the publish-ranking job (dry run: score with breakdown, positions, school rankings,
 * candidate) over N synthetic GPS applications (default 1,000,000; {@code -Dpolis.bench.ranking.size}),
 * against the same ranking computed on the same database by one INSERT ... SELECT ... RANK() OVER (...)
 * statement. Goal: the job within 2x of the statement. Both results must be identical row by row
 * (province, subject class, band, application, score, position), or the benchmark fails.
 */
final class RankingBenchmark implements Benchmark {

    @Override
    public String name() {
        return "ranking";
    }

    @Override
    public String description() {
        return "publish-ranking job vs one INSERT ... SELECT ... RANK() OVER statement on N GPS applications "
                + "(goal <= 2x), identical results";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        int size = Integer.getInteger("polis.bench.ranking.size", 1_000_000);
        String threads = System.getProperty("polis.bench.ranking.threads", "2");
        String chunk = System.getProperty("polis.bench.ranking.chunk", "500");
        HttpClient client = ctx.newClient();
        String url = ctx.baseUrl() + "/dev/bench/ranking?action=";

        long t = System.nanoTime();
        Map<String, String> gen = DevEndpoints.keyValues(post(client, url + "generate&count=" + size));
        BenchContext.log(String.format(Locale.ROOT, "%,d synthetic GPS applications written in %.1f s", size,
                BenchContext.since(t)));

        Map<String, String> job = DevEndpoints.keyValues(post(client, url + "job&threads=" + threads + "&chunkSize=" + chunk));
        if (!"COMPLETED".equals(job.get("status"))) {
            throw new IllegalStateException("the job ended " + job);
        }
        double jobMs = Double.parseDouble(job.get("jobMs"));
        BenchContext.log("job: " + job);

        Map<String, String> sql = DevEndpoints.keyValues(post(client, url + "sql"));
        double sqlMs = Double.parseDouble(sql.get("sqlMs"));
        BenchContext.log("single statement: " + sql);

        Map<String, String> cmp = DevEndpoints.keyValues(post(client, url + "compare&version=" + job.get("version")));
        BenchContext.log("comparison: " + cmp);
        boolean identical = "0".equals(cmp.get("onlyInJob")) && "0".equals(cmp.get("onlyInSql"))
                && cmp.get("jobRows").equals(cmp.get("sqlRows")) && "0".equals(cmp.get("skipped"));
        if (!identical) {
            throw new IllegalStateException("the job's ranking and the statement's differ: " + cmp);
        }
        List<String> details = new ArrayList<>();
        details.add(String.format(Locale.ROOT, "%,d applications, %s rows each side, identical (score and position)",
                size, cmp.get("jobRows")));
        details.add("job steps (ms): " + job.entrySet().stream().filter(e -> e.getKey().startsWith("step."))
                .map(e -> e.getKey().substring(5).replace("Ms", "") + " " + e.getValue()).toList()
                + ", threads " + threads + ", chunk " + chunk + "; data written in " + gen.get("generateMs") + " ms");
        return List.of(new Figure(name(), "publish-ranking job (dry run)", jobMs / 1000, "s",
                "INSERT ... SELECT ... RANK() OVER", sqlMs / 1000, Figure.Goal.atMost(2.0), details));
    }

    private static String post(HttpClient client, String url) throws Exception {
        return DevEndpoints.post(client, url, "", Duration.ofHours(2));
    }
}
