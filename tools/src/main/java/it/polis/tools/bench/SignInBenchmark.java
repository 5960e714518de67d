package it.polis.tools.bench;

import it.polis.identity.Argon2idPasswordHash;
import it.polis.platform.demo.DemoLogins;

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
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code sign-in}: password sign-ins per second through the real form over HTTP (GET the page,
 * POST user name + password with the view state, land in the personal area) against the raw
 * Argon2id rate measured in this JVM with the same parameters and one thread per core (goal >= 0.8x).
 * Also: p99 of a public page fetched during the sign-in storm against the same page idle (goal <= 5x).
 */
final class SignInBenchmark implements Benchmark {

    private static final String PUBLIC_PAGE = "/info/faq.xhtml";

    @Override
    public String name() {
        return "sign-in";
    }

    @Override
    public String description() {
        return "sign-ins/s through the form vs raw Argon2id hashes/s (goal >= 0.8x); public page p99 during the "
                + "storm vs idle (goal <= 5x)";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        Duration measure = ctx.settings().measure();
        int cores = Runtime.getRuntime().availableProcessors();
        double hashRate = rawHashRate(cores, measure);
        BenchContext.log(String.format(Locale.ROOT, "raw Argon2id: %.1f hashes/s on %d threads", hashRate, cores));

        String base = ctx.baseUrl();
        SessionHeapBenchmark.SignedInVisitor visitor = new SessionHeapBenchmark.SignedInVisitor(
                DemoLogins.CITIZEN_USERNAME, DemoLogins.CITIZEN_PASSWORD);
        visitor.warmUp(ctx.newClient(), base);
        Probe idle = probe(ctx.newClient(), base + PUBLIC_PAGE, measure);
        BenchContext.log("public page idle: p99 " + fmt(idle.p99()) + " ms");

        int threads = Math.max(ctx.settings().threads(), cores * 2);
        HttpClient client = ctx.newClient();
        AtomicLong signIns = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1, r -> {
            Thread t = new Thread(r, "bench-sign-in");
            t.setDaemon(true);
            return t;
        });
        long deadline = System.nanoTime() + measure.toNanos();
        long t0 = System.nanoTime();
        Probe storm;
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        try {
                            visitor.openSession(client, base);
                            signIns.incrementAndGet();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            storm = probe(ctx.newClient(), base + PUBLIC_PAGE, measure);
            for (Future<?> f : workers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = BenchContext.since(t0);
        double signInRate = signIns.get() / seconds;
        ctx.heap().invalidateSessions();
        BenchContext.log(String.format(Locale.ROOT, "sign-ins: %.1f/s (%d in %.1f s, %d errors, %d client threads); "
                + "public page p99 during the storm %s ms", signInRate, signIns.get(), seconds, errors.get(), threads,
                fmt(storm.p99())));
        if (signIns.get() == 0) {
            throw new IllegalStateException("No sign-in succeeded (" + errors.get() + " errors)");
        }
        return List.of(
                new Figure(name(), "sign-ins through the form", signInRate, "/s", "raw Argon2id hashes", hashRate,
                        Figure.Goal.atLeast(0.8), List.of("client and server share the machine's " + cores
                                + " cores; each sign-in is GET form + POST + redirect to the area",
                        errors.get() + " failed sign-ins")),
                new Figure(name(), "public page p99 during the storm", storm.p99(), "ms", "p99 idle", idle.p99(),
                        Figure.Goal.atMost(5.0), List.of(storm.count + " probes during, " + idle.count + " idle")));
    }

    /** Hashes per second of the portal's own Argon2id implementation, same parameters, all cores busy. */
    static double rawHashRate(int threads, Duration measure) throws Exception {
        Argon2idPasswordHash hasher = new Argon2idPasswordHash();
        String stored = hasher.generate(DemoLogins.CITIZEN_PASSWORD.toCharArray());
        char[] password = DemoLogins.CITIZEN_PASSWORD.toCharArray();
        for (int i = 0; i < 5; i++) {
            hasher.verify(password, stored);
        }
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        long deadline = t0 + measure.toNanos();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                fs.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        hasher.verify(password, stored);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return done.get() / BenchContext.since(t0);
    }

    record Probe(long count, long[] sortedNanos) {
        double p99() {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            return sortedNanos[Math.max(0, (int) Math.ceil(0.99 * sortedNanos.length) - 1)] / 1e6;
        }
    }

    /** One visitor fetching the page every 50 ms for the duration. */
    static Probe probe(HttpClient client, String url, Duration duration) throws Exception {
        List<Long> times = new ArrayList<>();
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            long t = System.nanoTime();
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 200) {
                times.add(System.nanoTime() - t);
            }
            Thread.sleep(50);
        }
        return new Probe(times.size(), times.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
