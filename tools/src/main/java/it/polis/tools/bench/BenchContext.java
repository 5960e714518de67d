package it.polis.tools.bench;

import it.polis.tools.server.PayaraDomain;
import it.polis.tools.server.PortalServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a benchmark gets: the running portal, the settings, and helpers shared between benchmarks. */
public final class BenchContext {

    /** Settings from system properties; see docs/benchmarks.md. */
    public record Settings(int seconds, int warmupSeconds, int threads, int sessions, boolean reuseCookie) {

        static Settings fromSystemProperties() {
            int seconds = Math.max(1, Integer.getInteger("polis.bench.seconds", 10));
            return new Settings(seconds,
                    Math.max(1, Integer.getInteger("polis.bench.warmup", Math.max(2, seconds / 2))),
                    Math.max(1, Integer.getInteger("polis.bench.threads", 4)),
                    Math.max(10, Integer.getInteger("polis.bench.sessions", 2000)),
                    Boolean.getBoolean("polis.bench.cookies"));
        }

        public Duration measure() {
            return Duration.ofSeconds(seconds);
        }

        public Duration warmup() {
            return Duration.ofSeconds(warmupSeconds);
        }
    }

    private final Settings settings;
    private final PortalServer server;
    private final Path ear;
    private final Path benchDir;
    private final HeapProbe heap;
    private final List<PayaraDomain> extraDomains = new ArrayList<>();
    private PayaraDomain bare;

    BenchContext(Settings settings, PortalServer server, Path ear, Path benchDir) {
        this.settings = settings;
        this.server = server;
        this.ear = ear;
        this.benchDir = benchDir;
        this.heap = new HeapProbe(server.baseUrl());
    }

    public Settings settings() {
        return settings;
    }

    public PortalServer server() {
        return server;
    }

    /** The EAR the portal runs (for benchmarks that deploy it themselves). */
    public Path ear() {
        return ear;
    }

    /** The portal's base URL, e.g. {@code http://localhost:30080/polis}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The dev-only heap endpoint of the portal. */
    public HeapProbe heap() {
        return heap;
    }

    /** A fresh HTTP/1.1 client without a cookie store: every request is an anonymous visitor's. */
    public HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * A second, empty domain of the same Payara (no application, no resources, default JVM
     * options), created once under {@code .polis/bench/domains/bare} and kept between runs. Its
     * port base is remembered; if those ports are taken the domain is created again elsewhere.
     * Stopped by {@link Bench} at the end if a benchmark left it running.
     */
    public synchronized PayaraDomain bareDomain() {
        if (bare != null) {
            return bare;
        }
        Path domainsDir = benchDir.resolve("domains");
        Path marker = domainsDir.resolve("bare-portbase.txt");
        Path payaraHome = server.domain().payaraHome();
        int base = readInt(marker);
        PayaraDomain d = base > 0 ? new PayaraDomain(payaraHome, domainsDir, "bare", base) : null;
        if (d != null && d.exists() && d.isRunning()) {
            log("stopping a bare domain left running by an earlier run");
            d.stop();
        }
        if (d == null || !d.exists() || !portsFree(base)) {
            if (d != null && d.exists()) {
                d.delete();
            }
            base = PayaraDomain.freePortBase(server.domain().adminPort() - 48 + 100);
            d = new PayaraDomain(payaraHome, domainsDir, "bare", base);
            log("creating the bare baseline domain on port base " + base + " (first run only)");
            d.create();
            write(marker, String.valueOf(base));
            // The first start of a new domain fills its OSGi cache and is slower: not a fair baseline.
            log("priming the bare domain (first start)");
            d.start();
            d.stop();
        }
        bare = d;
        extraDomains.add(d);
        return d;
    }

    private static boolean portsFree(int base) {
        return PayaraDomain.freePortBase(base) == base;
    }

    /** Stops any extra domain a benchmark started. */
    void stopExtraDomains() {
        for (PayaraDomain d : extraDomains) {
            try {
                if (d.isRunning()) {
                    log("stopping domain " + d.domainDir().getFileName());
                    d.stop();
                }
            } catch (RuntimeException e) {
                log("could not stop " + d.domainDir() + ": " + e.getMessage());
            }
        }
    }

    public static void log(String message) {
        System.out.println("[bench] " + message);
    }

    /** Seconds since {@code t0} (a {@link System#nanoTime()}). */
    public static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static int readInt(Path p) {
        try {
            return Files.exists(p) ? Integer.parseInt(Files.readString(p, StandardCharsets.UTF_8).trim()) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    static void write(Path p, String content) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
