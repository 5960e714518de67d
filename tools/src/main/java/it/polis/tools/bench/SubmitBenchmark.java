package it.polis.tools.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code submit}: applications submitted per second through the real check page over HTTP, by many
 * concurrent citizens, each already signed in with the check page of a complete draft open (as at the
 * close of a procedure): POST personal code + idempotency key + view state, answered by the redirect to
 * the application. Goals: >= 250 submits/s sustained and p99 < 500 ms, each against the goal as
 * baseline; and submits/s against the raw Argon2id verify rate of this machine (each submit verifies
 * the personal code once). Afterwards every application must have exactly one submission, one protocol
 * number, one receipt and one receipt mail; anything else fails the benchmark.
 */
final class SubmitBenchmark implements Benchmark {

    static final String PROCEDURE = "DEMO-CESSAZIONI-2027";
    private static final String PASSWORD = it.polis.platform.demo.TestCitizens.PASSWORD;
    private static final String PERSONAL_CODE = it.polis.platform.demo.TestCitizens.PERSONAL_CODE;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SUBMIT_KEY = Pattern.compile("name=\"submitKey\" value=\"([^\"]+)\"");
    private static final double GOAL_RATE = 250;
    private static final double GOAL_P99_MS = 500;

    @Override
    public String name() {
        return "submit";
    }

    @Override
    public String description() {
        return "application submits/s through the check page (goal >= 250/s), p99 (goal < 500 ms), vs raw Argon2id; "
                + "then exactly one protocol and one receipt each";
    }

    /** A citizen signed in with the check page of its draft open. */
    record Ready(long applicationId, String cookie, String viewState, String key) {
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        int count = Math.max(10, Integer.getInteger("polis.bench.submits", 600));
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = Math.max(1, Integer.getInteger("polis.bench.submit.threads", 16));
        String base = ctx.baseUrl();
        HttpClient client = ctx.newClient();

        long t = System.nanoTime();
        String schools = post(client, base + "/dev/schools?count=8000", "");
        BenchContext.log(String.format(Locale.ROOT, "schools (8000 generated, idempotent) in %.1f s: %s",
                BenchContext.since(t), schools.replace('\n', ' ').strip()));

        double hashRate = SignInBenchmark.rawHashRate(cores, ctx.settings().measure());
        BenchContext.log(String.format(Locale.ROOT, "raw Argon2id: %.1f verifies/s on %d threads", hashRate, cores));

        // Citizens with drafts, in chunks (one hash per secret per chunk, not per citizen).
        t = System.nanoTime();
        Map<String, Long> drafts = new LinkedHashMap<>();
        for (int done = 0; done < count; done += 200) {
            String lines = post(client, base + "/dev/bench/submit?action=prepare&count=" + Math.min(200, count - done)
                    + "&procedure=" + PROCEDURE, "");
            for (String line : lines.split("\n")) {
                String[] p = line.strip().split(" ");
                if (p.length == 2) {
                    drafts.put(p[0], Long.parseLong(p[1]));
                }
            }
        }
        if (drafts.size() != count) {
            throw new IllegalStateException("Prepared " + drafts.size() + " of " + count + " drafts");
        }
        BenchContext.log(String.format(Locale.ROOT, "%d citizens with drafts in %.1f s", count, BenchContext.since(t)));

        // Sign each in and open its check page (not measured: one Argon2id per sign-in).
        t = System.nanoTime();
        ConcurrentLinkedQueue<Ready> ready = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(threads, cores * 2), r -> {
            Thread th = new Thread(r, "bench-submit");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<Ready>> fs = new ArrayList<>();
            drafts.forEach((user, id) -> fs.add(pool.submit(() -> open(client, base, user, id))));
            for (Future<Ready> f : fs) {
                ready.add(f.get());
            }
            BenchContext.log(String.format(Locale.ROOT, "%d sign-ins + check pages in %.1f s", count,
                    BenchContext.since(t)));

            // The storm: every thread submits the next ready page until none is left.
            long[] latencies = new long[count];
            AtomicInteger index = new AtomicInteger();
            AtomicLong errors = new AtomicLong();
            List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
            long t0 = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    Ready r;
                    while ((r = ready.poll()) != null) {
                        long s = System.nanoTime();
                        try {
                            submit(client, base, r);
                            latencies[index.getAndIncrement()] = System.nanoTime() - s;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 3) {
                                firstErrors.add(e.getMessage());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
            double seconds = BenchContext.since(t0);
            int ok = index.get();
            long[] sorted = Arrays.copyOf(latencies, ok);
            Arrays.sort(sorted);
            double rate = ok / seconds;
            double p50 = percentile(sorted, 0.50);
            double p99 = percentile(sorted, 0.99);
            BenchContext.log(String.format(Locale.ROOT, "submits: %.1f/s (%d in %.1f s, %d errors, %d client threads), "
                    + "p50 %.0f ms, p99 %.0f ms%s", rate, ok, seconds, errors.get(), threads, p50, p99,
                    firstErrors.isEmpty() ? "" : "; first errors: " + firstErrors));

            // Receipts come after the submit, from the queue: wait for them, then check exactly-once.
            long tr = System.nanoTime();
            String ids = drafts.values().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
            Map<String, String> check = Map.of();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline) {
                check = DevEndpoints.keyValues(post(client, base + "/dev/bench/submit?action=check", ids));
                if (Integer.parseInt(check.get("receiptJobsDone")) >= ok
                        && Integer.parseInt(check.get("receiptMails")) >= ok) {
                    break;
                }
                Thread.sleep(1000);
            }
            double receiptSeconds = BenchContext.since(tr);
            BenchContext.log(String.format(Locale.ROOT, "receipts after %.1f s: %s", receiptSeconds, check));
            for (String k : List.of("submitted", "submissions", "protocols", "receipts", "receiptJobsDone",
                    "receiptMails")) {
                if (Integer.parseInt(check.get(k)) != count) {
                    throw new IllegalStateException("Not exactly one each: " + k + "=" + check.get(k) + " for " + count
                            + " applications (" + errors.get() + " submit errors); " + check);
                }
            }
            if (!"0".equals(check.get("notExactlyOne"))) {
                throw new IllegalStateException("Applications without exactly one protocol/receipt: " + check);
            }
            ctx.heap().invalidateSessions();
            String exactly = count + " of " + count + " applications: exactly one submission, protocol number, "
                    + "receipt and receipt mail (receipts done " + String.format(Locale.ROOT, "%.1f", receiptSeconds)
                    + " s after the storm)";
            String how = "POST of the check page (personal code + key + view state) by " + threads
                    + " client threads, each citizen signed in beforehand; client and server share " + cores + " cores";
            return List.of(
                    new Figure(name(), "submits through the check page", rate, "/s", "goal", GOAL_RATE,
                            Figure.Goal.atLeast(1.0), List.of(how, exactly,
                            String.format(Locale.ROOT, "p50 %.0f ms, p99 %.0f ms, %d errors", p50, p99, errors.get()))),
                    new Figure(name(), "submit p99", p99, "ms", "goal", GOAL_P99_MS, Figure.Goal.atMost(1.0),
                            List.of(String.format(Locale.ROOT, "p50 %.0f ms over %d submits", p50, ok))),
                    new Figure(name(), "submits through the check page", rate, "/s", "raw Argon2id verifies", hashRate,
                            Figure.Goal.atLeast(0.8), List.of("each submit verifies the personal code once "
                            + "(19 MiB, t=2, p=1); the raw rate is the ceiling of this machine")));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Ready open(HttpClient client, String base, String username, long applicationId) throws Exception {
        HttpResponse<String> form = get(client, base + "/login.xhtml", null);
        String cookie = Load.sessionCookie(form).orElseThrow(() -> new IllegalStateException("No session"));
        String body = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(find(VIEW_STATE, form.body(), "view state"));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("Sign-in of " + username + " refused: " + signedIn.statusCode());
        }
        cookie = Load.sessionCookie(signedIn).orElse(cookie);
        HttpResponse<String> check = get(client, base + "/area/applications/check.xhtml?id=" + applicationId, cookie);
        if (check.statusCode() != 200) {
            throw new IllegalStateException("Check page answered " + check.statusCode());
        }
        return new Ready(applicationId, cookie, find(VIEW_STATE, check.body(), "view state"),
                find(SUBMIT_KEY, check.body(), "submit key"));
    }

    private static void submit(HttpClient client, String base, Ready r) throws Exception {
        String url = base + "/area/applications/check.xhtml?id=" + r.applicationId();
        String body = "check=check&check%3ApersonalCode=" + enc(PERSONAL_CODE) + "&check%3Asubmit="
                + "&submitKey=" + enc(r.key()) + "&jakarta.faces.ViewState=" + enc(r.viewState());
        HttpResponse<String> res = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", r.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = res.headers().firstValue("Location").orElse("");
        if (res.statusCode() != 302 || !location.contains("/area/applications/detail.xhtml")) {
            String text = res.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
            int at = text.indexOf("alert");
            throw new IllegalStateException("Submit of " + r.applicationId() + " answered " + res.statusCode() + " "
                    + location + " " + text.substring(Math.max(0, at), Math.min(text.length(), Math.max(0, at) + 200)));
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }



    private static String find(Pattern p, String html, String what) {
        Matcher m = p.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No " + what + " on the page");
        }
        return m.group(1);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String post(HttpClient client, String url, String body) throws Exception {
        return DevEndpoints.post(client, url, body, Duration.ofMinutes(5));
    }
}
