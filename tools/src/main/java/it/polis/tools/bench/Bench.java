package it.polis.tools.bench;

import it.polis.tools.mail.MailCatcher;
import it.polis.tools.server.PayaraDomain;
import it.polis.tools.server.PortalServer;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark command ({@code mvn -Pbench package}, see docs/benchmarks.md): starts its own
 * portal (domain and H2 data under {@code .polis/bench/}, free ports from 30000, demo data and dev
 * mode on, its own mail catcher), runs the benchmarks named in {@code polis.bench} (default all),
 * prints every figure next to its baseline measured in the same run, and stops everything.
 */
public final class Bench {

    static final String DOMAIN = "polis-bench";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("polis.home", ".polis")).toAbsolutePath();
        Path benchDir = home.resolve("bench");
        Path domainsDir = benchDir.resolve("domains");
        Path ear = Path.of(required("polis.ear"));
        List<Benchmark> selected = Benchmarks.select(System.getProperty("polis.bench", "all"));
        BenchContext.Settings settings = BenchContext.Settings.fromSystemProperties();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("No benchmark selected; known: " + Benchmarks.names());
        }
        BenchContext.log("benchmarks: " + selected.stream().map(Benchmark::name).toList() + "  (known: "
                + String.join(", ", Benchmarks.names()) + ")");
        BenchContext.log(String.format(Locale.ROOT, "settings: %d s measured, %d s warm-up, %d threads, %d sessions, "
                        + "%d cores", settings.seconds(), settings.warmupSeconds(), settings.threads(), settings.sessions(),
                Runtime.getRuntime().availableProcessors()));

        stopLeftover(home, domainsDir);
        int portBase = PayaraDomain.freePortBase(Integer.getInteger("polis.bench.portbase", 30000));
        // Stable ports when free: they are part of the domain's configuration, which is rebuilt when they change.
        int smtpPort = freeOr(portBase + 25);
        int catcherPort = freeOr(portBase + 26);
        MailCatcher catcher = new MailCatcher(smtpPort, catcherPort).start();
        PortalServer server = new PortalServer(new PortalServer.Settings(home, Path.of(required("polis.payara.zip")),
                Path.of(required("polis.h2.jar")), ear, domainsDir, DOMAIN, portBase, benchDir.resolve("data"),
                smtpPort, Map.of("polis.dev.enabled", "true", "polis.demo.enabled", "true",
                "polis.dev.mailcatcher.url", catcher.url()),
                System.getProperty("polis.bench.heap", "1536m")));
        BenchContext ctx = new BenchContext(settings, server, ear, benchDir);

        Thread stopper = new Thread(() -> stopAll(ctx, server, catcher), "bench-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        Map<String, List<Figure>> results = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try {
            BenchContext.log("starting the portal on port base " + portBase + " (" + server.baseUrl() + "/)");
            try {
                server.start();
            } catch (RuntimeException e) {
                // A domain stopped with the application still deployed loads it at start-up while the
                // new EAR is being deployed, and one of the two can fail: once started, deploy again.
                BenchContext.log("the portal did not start (" + firstLine(e.getMessage()) + "); trying once more");
                server.start();
            }
            for (Benchmark b : selected) {
                BenchContext.log("---- " + b.name() + ": " + b.description());
                long tb = System.nanoTime();
                try {
                    List<Figure> figures = b.run(ctx);
                    results.put(b.name(), figures);
                    for (Figure f : figures) {
                        BenchContext.log(ResultTable.line(f));
                    }
                } catch (Exception | AssertionError e) {
                    failures.put(b.name(), e.toString());
                    BenchContext.log(b.name() + " FAILED: " + e);
                    e.printStackTrace(System.out);
                    recover(server);
                }
                BenchContext.log(String.format(Locale.ROOT, "---- %s took %.0f s", b.name(), BenchContext.since(tb)));
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopper);
            stopAll(ctx, server, catcher);
        }
        System.out.println(ResultTable.render(results, failures, settings, BenchContext.since(t0)));
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Benchmarks failed: " + failures.keySet());
        }
        if (Boolean.getBoolean("polis.bench.failOnMiss") && results.values().stream().flatMap(List::stream)
                .anyMatch(f -> !f.met())) {
            throw new IllegalStateException("Some benchmark goals were missed (polis.bench.failOnMiss=true)");
        }
    }

    /** After a failed benchmark, make sure the portal runs (and runs the EAR) for the next ones. */
    private static void recover(PortalServer server) {
        try {
            var r = java.net.http.HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/version"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 200) {
                return;
            }
        } catch (Exception e) {
            // not answering: restart below
        }
        try {
            BenchContext.log("the portal is not answering: starting it again");
            server.start();
        } catch (RuntimeException e) {
            BenchContext.log("could not restart the portal: " + e.getMessage());
        }
    }

    private static void stopAll(BenchContext ctx, PortalServer server, MailCatcher catcher) {
        ctx.stopExtraDomains();
        try {
            // Stop without the application, so that the next run deploys into an idle domain
            // (see the retry in main) and always measures a fresh deployment of the current EAR.
            if (server.domain().isRunning()) {
                server.domain().tryAsadmin("undeploy", PortalServer.APP_NAME);
            }
            server.stop();
        } catch (RuntimeException e) {
            BenchContext.log("could not stop the portal: " + e.getMessage());
        }
        catcher.close();
    }

    /** A bench domain left running by an interrupted run would hold its ports: stop it first. */
    private static void stopLeftover(Path home, Path domainsDir) {
        Path config = domainsDir.resolve(DOMAIN).resolve("polis-config.txt");
        if (!Files.exists(config)) {
            return;
        }
        try {
            Matcher m = Pattern.compile("base=(\\d+)").matcher(Files.readString(config));
            if (m.find()) {
                int base = Integer.parseInt(m.group(1));
                PayaraDomain old = new PayaraDomain(home.resolve("payara6"), domainsDir, DOMAIN, base);
                if (old.isRunning()) {
                    BenchContext.log("stopping the bench domain left running by an earlier run");
                    old.tryAsadmin("undeploy", PortalServer.APP_NAME);
                    old.stop();
                }
            }
        } catch (Exception e) {
            BenchContext.log("could not check for a leftover bench domain: " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no message";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static int freeOr(int port) {
        return PayaraDomain.isFree(port) ? port : PayaraDomain.freePort();
    }

    private static String required(String property) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run: mvn -Pbench package)");
        }
        return v;
    }
}
