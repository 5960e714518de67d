package it.polis.tools.bench;

import it.polis.tools.server.PayaraDomain;
import it.polis.tools.server.PortalServer;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code startup}: wall time from a stopped domain to a portal that answers, against the start
 * of a bare domain of the same Payara. Portal: {@code start-domain} (configured domain, no
 * application), {@code deploy} of the EAR, then polling {@code /polis/api/version} until it
 * answers 200. Baseline: {@code start-domain} of an empty domain (no application, no
 * resources, default JVM options). Both measured with the other domain stopped.
 * Goal: portal <= 2x the bare domain.
 */
final class StartupBenchmark implements Benchmark {

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String description() {
        return "start-domain + deploy + ready of the portal vs start-domain of a bare domain (goal <= 2x)";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        PortalServer server = ctx.server();
        PayaraDomain portal = server.domain();
        PayaraDomain bare = ctx.bareDomain();

        BenchContext.log("undeploying the portal and stopping its domain");
        portal.tryAsadmin("undeploy", PortalServer.APP_NAME);
        portal.stop();

        BenchContext.log("bare domain: start-domain");
        long t0 = System.nanoTime();
        bare.start();
        double bareSeconds = BenchContext.since(t0);
        BenchContext.log(String.format(Locale.ROOT, "bare domain started in %.1f s", bareSeconds));
        bare.stop();

        BenchContext.log("portal: start-domain + deploy + ready");
        long t1 = System.nanoTime();
        portal.start();
        double startSeconds = BenchContext.since(t1);
        long t2 = System.nanoTime();
        portal.deploy(ctx.ear(), PortalServer.APP_NAME);
        double deploySeconds = BenchContext.since(t2);
        long t3 = System.nanoTime();
        server.waitUntilReady(Duration.ofMinutes(3));
        double readySeconds = BenchContext.since(t3);
        double portalSeconds = BenchContext.since(t1);
        BenchContext.log(String.format(Locale.ROOT, "portal ready in %.1f s", portalSeconds));

        return List.of(new Figure(name(), "portal start+deploy+ready", portalSeconds, "s",
                "bare domain start", bareSeconds, Figure.Goal.atMost(2.0), List.of(
                String.format(Locale.ROOT, "portal: start-domain %.1f s + deploy %.1f s + until /api/version "
                        + "answers %.1f s = %.1f s", startSeconds, deploySeconds, readySeconds, portalSeconds),
                String.format(Locale.ROOT, "bare domain (%s, no application): start-domain %.1f s",
                        bare.domainDir().getFileName(), bareSeconds))));
    }
}
