package it.polis.tools.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code home}: requests/s of the home page ({@code GET /polis/}) against the trivial static JSF
 * page ({@code GET /polis/bench/static.xhtml}), same client, threads and duration. After a
 * warm-up of each page, the two are measured in alternating rounds so that a noisy neighbour on
 * the shared machine hurts both alike. Goal: home >= 0.5x the static page.
 */
final class HomeBenchmark implements Benchmark {

    static final String HOME = "/";
    static final String STATIC = "/bench/static.xhtml";
    private static final int ROUNDS = 2;

    @Override
    public String name() {
        return "home";
    }

    @Override
    public String description() {
        return "home page requests/s vs a trivial static JSF page (goal >= 0.5x)";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        var s = ctx.settings();
        HttpClient client = ctx.newClient();
        String home = ctx.baseUrl() + HOME;
        String stat = ctx.baseUrl() + STATIC;
        BenchContext.log(String.format(Locale.ROOT, "%d threads, %s cookies, warm-up %d s per page, %d s per page "
                        + "in %d alternating rounds", s.threads(), s.reuseCookie() ? "reusing" : "no", s.warmupSeconds(),
                s.seconds(), ROUNDS));
        Load.run(client, stat, s.threads(), s.warmup(), s.reuseCookie());
        Load.run(client, home, s.threads(), s.warmup(), s.reuseCookie());
        var slice = s.measure().dividedBy(ROUNDS);
        Load.Result st = null;
        Load.Result ho = null;
        for (int i = 0; i < ROUNDS; i++) {
            Load.Result a = Load.run(client, stat, s.threads(), slice, s.reuseCookie());
            Load.Result b = Load.run(client, home, s.threads(), slice, s.reuseCookie());
            st = st == null ? a : st.plus(a);
            ho = ho == null ? b : ho.plus(b);
        }
        BenchContext.log("static: " + st.summary());
        BenchContext.log("home:   " + ho.summary());
        check(st);
        check(ho);
        // The anonymous requests above leave thousands of sessions behind: drop them for the next benchmark.
        try {
            var r = ctx.heap().invalidateSessions();
            BenchContext.log("invalidated " + r.invalidated() + " sessions left by the load");
        } catch (Exception e) {
            BenchContext.log("could not invalidate the sessions: " + e.getMessage());
        }
        List<String> details = new ArrayList<>();
        details.add("home page:   " + ho.summary());
        details.add("static page: " + st.summary());
        details.add(String.format(Locale.ROOT, "%d client threads, %s, %d s measured per page", s.threads(),
                s.reuseCookie() ? "one session cookie reused per thread" : "no cookies (each request a new visitor)",
                s.seconds()));
        return List.of(new Figure(name(), "home page", ho.rate(), "req/s", "static JSF page", st.rate(),
                Figure.Goal.atLeast(0.5), details));
    }

    /** More than 1% failed requests means the figure is not worth reading. */
    private static void check(Load.Result r) {
        if (r.ok() == 0 || r.errors() * 100 > r.ok() + r.errors()) {
            throw new IllegalStateException(r.url() + ": " + r.errors() + " errors out of " + (r.ok() + r.errors())
                    + " requests (first: " + r.firstError() + ")");
        }
    }
}
