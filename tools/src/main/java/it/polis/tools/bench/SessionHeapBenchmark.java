package it.polis.tools.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code session-heap}: heap per HTTP session. Invalidate every session, read the used heap after
 * a full GC (dev endpoint {@code /polis/dev/heap}), open N sessions the way a {@link Visitor}
 * does, read the heap again, divide by the number of sessions the server counted. The baseline is
 * the goal itself (so the ratio is measured / goal, and the goal is ratio <= 1x).
 *
 * <p>The visitor decides what kind of session is measured: {@link AnonymousVisitor} (the
 * home page, as a first-time visitor) today; a signed-in visitor later, registered under its own
 * name with its own goal.
 */
final class SessionHeapBenchmark implements Benchmark {

    /** Opens one new session on the portal, as one kind of user would. */
    interface Visitor {

        /** Shown in the output, e.g. "anonymous visitor (GET /polis/)". */
        String describe();

        /** Requests that must not count, run before the empty-heap reading (page compilation, caches). */
        default void warmUp(HttpClient client, String baseUrl) throws Exception {
            for (int i = 0; i < 50; i++) {
                openSession(client, baseUrl);
            }
        }

        /** Opens one session with a cookie-less client; true if the server started a session. */
        boolean openSession(HttpClient client, String baseUrl) throws Exception;
    }

    /**
     * A first-time anonymous visitor who opens the sign-in form, no cookies (pages without a form,
     * like the home page, are stateless and open no session at all).
     */
    static final class AnonymousVisitor implements Visitor {

        @Override
        public String describe() {
            return "anonymous visitor, GET /polis/login.xhtml without cookies";
        }

        @Override
        public boolean openSession(HttpClient client, String baseUrl) throws Exception {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                            .timeout(Duration.ofSeconds(30)).header("Accept", "text/html")
                            .header("Accept-Language", "it-IT,it;q=0.9").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + baseUrl + "/login.xhtml answered " + r.statusCode());
            }
            return Load.sessionCookie(r).isPresent();
        }
    }

    /**
     * A citizen who signs in through the real form (GET the page, POST user name + password with
     * the view state) and opens the personal area: one session per visitor, in its own cookie jar.
     */
    static final class SignedInVisitor implements Visitor {

        private static final java.util.regex.Pattern VIEW_STATE =
                java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

        private final String username;
        private final String password;

        SignedInVisitor(String username, String password) {
            this.username = username;
            this.password = password;
        }

        @Override
        public String describe() {
            return "signed-in citizen (" + username + "), sign-in form then /area/home.xhtml";
        }

        @Override
        public void warmUp(HttpClient client, String baseUrl) throws Exception {
            for (int i = 0; i < 10; i++) {
                openSession(client, baseUrl);
            }
        }

        /**
         * Cookies are handled by hand so one HTTP client (and its connection pool) serves every visitor:
         * a client per sign-in would cost the load generator more CPU than the server spends.
         */
        @Override
        public boolean openSession(HttpClient client, String baseUrl) throws Exception {
            HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = Load.sessionCookie(form).orElseThrow(() -> new IllegalStateException("No session"));
            var m = VIEW_STATE.matcher(form.body());
            if (!m.find()) {
                throw new IllegalStateException("No view state on the sign-in page");
            }
            String body = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                    + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1));
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || !location.endsWith("/area/home.xhtml")) {
                throw new IllegalStateException("Sign-in refused: " + signedIn.statusCode() + " " + location);
            }
            // The session id is renewed at sign-in.
            String renewed = Load.sessionCookie(signedIn).orElse(cookie);
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(location))
                    .timeout(Duration.ofSeconds(30)).header("Cookie", renewed).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (home.statusCode() != 200) {
                String text = home.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
                throw new IllegalStateException("Personal area answered " + home.statusCode() + " "
                        + home.headers().firstValue("Location").orElse("") + ": "
                        + text.substring(0, Math.min(200, text.length())));
            }
            return true;
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final String name;
    private final Visitor visitor;
    private final double goalKb;
    private final int maxSessions;

    SessionHeapBenchmark(String name, Visitor visitor, double goalKb) {
        this(name, visitor, goalKb, Integer.MAX_VALUE);
    }

    /** {@code maxSessions} caps N for visitors that cost a password hash each. */
    SessionHeapBenchmark(String name, Visitor visitor, double goalKb, int maxSessions) {
        this.name = name;
        this.visitor = visitor;
        this.goalKb = goalKb;
        this.maxSessions = maxSessions;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "heap per HTTP session, %s (goal <= %.0f KB)", visitor.describe(), goalKb);
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        int n = Math.min(ctx.settings().sessions(), maxSessions);
        int threads = ctx.settings().threads();
        HttpClient client = ctx.newClient();
        HeapProbe heap = ctx.heap();

        visitor.warmUp(client, ctx.baseUrl());
        heap.invalidateSessions();
        HeapProbe.Reading empty = heap.readSettled(3);
        if (empty.sessions() != 0) {
            BenchContext.log("note: " + empty.sessions() + " sessions still active before the measurement");
        }
        BenchContext.log(String.format(Locale.ROOT, "heap with %d sessions: %.1f MB; opening %d sessions (%s)",
                empty.sessions(), empty.usedMb(), n, visitor.describe()));

        long t0 = System.nanoTime();
        int opened = openSessions(client, ctx.baseUrl(), n, threads);
        double seconds = BenchContext.since(t0);
        HeapProbe.Reading full = heap.readSettled(3);
        long sessions = full.sessions() - empty.sessions();
        if (sessions <= 0) {
            throw new IllegalStateException("No sessions were created by " + visitor.describe()
                    + " (server counts " + full.sessions() + ")");
        }
        double kbPerSession = (full.usedBytes() - empty.usedBytes()) / 1024.0 / sessions;
        HeapProbe.Reading after = heap.invalidateSessions();
        BenchContext.log(String.format(Locale.ROOT, "heap with %d sessions: %.1f MB -> %.1f KB/session",
                full.sessions(), full.usedMb(), kbPerSession));

        List<String> details = new ArrayList<>();
        details.add(String.format(Locale.ROOT, "used heap after full GC: %.1f MB with %d sessions, %.1f MB with %d "
                        + "sessions, %.1f MB after invalidating them (max heap %.0f MB)", empty.usedMb(), empty.sessions(),
                full.usedMb(), full.sessions(), after.usedMb(), empty.maxBytes() / 1048576.0));
        details.add(String.format(Locale.ROOT, "%d requests by %d threads in %.1f s; %d got a new JSESSIONID, "
                + "the server counted %d new sessions", n, threads, seconds, opened, sessions));
        details.add("visitor: " + visitor.describe() + "; baseline = the goal");
        return List.of(new Figure(name, "heap per session", kbPerSession, "KB", "goal", goalKb,
                Figure.Goal.atMost(1.0), details));
    }

    private int openSessions(HttpClient client, String baseUrl, int n, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger opened = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-sessions");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    while (next.getAndIncrement() < n) {
                        if (visitor.openSession(client, baseUrl)) {
                            opened.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return opened.get();
    }
}
