package it.polis.tools.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * {@code campaign}: an email campaign to an audience of {@code polis.bench.campaign.audience} (100,000)
 * accounts sent by the send-campaign job (chunks, rendering per recipient and language, per-recipient
 * state committed after each message, throttle at the highest rate allowed) to a local SMTP sink that
 * accepts and discards ({@link SmtpSink}; the mail catcher stores every message and slows down with
 * 100,000 mailboxes), against a plain Jakarta Mail loop in this JVM sending the same number of similar
 * messages to the same sink over one reused connection. Goal: the job at least 0.5x the loop. The job's
 * rate is counted from the start request (audience frozen, job launched) to COMPLETED. For the run the
 * portal's mail session {@code mail/polis} points at the sink (application reloaded), and back after.
 */
final class CampaignBenchmark implements Benchmark {


    @Override
    public String name() {
        return "campaign";
    }

    @Override
    public String description() {
        return "campaign job messages/s to the SMTP sink vs a plain Jakarta Mail loop on one connection (goal >= 0.5x)";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        int audience = Integer.getInteger("polis.bench.campaign.audience", 100_000);
        HttpClient client = ctx.newClient();
        String base = ctx.baseUrl();
        int catcherPort = smtpPort(ctx);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        // A province of this run only (a bench database is kept between runs): the audience is exactly ours.
        java.util.Random random = new java.util.Random();
        String province = "" + "QWXYZ".charAt(random.nextInt(5)) + (char) ('A' + random.nextInt(26));

        BenchContext.log("campaign: creating an audience of " + audience + " accounts");
        long t0 = System.nanoTime();
        for (int done = 0; done < audience; ) {
            int n = Math.min(10_000, audience - done);
            post(client, base + "/dev/bench/campaign?action=audience&count=" + n + "&province=" + province
                    + "&domain=bench-" + run + ".example.net&prefix=c" + done + "x");
            done += n;
        }
        BenchContext.log(String.format(Locale.ROOT, "campaign: audience ready in %.1f s", (System.nanoTime() - t0) / 1e9));

        try (SmtpSink sink = new SmtpSink()) {
            pointMailAt(ctx, sink.port());
            try {
                return measure(ctx, client, base, sink, audience, province, run);
            } finally {
                pointMailAt(ctx, catcherPort);
            }
        }
    }

    private List<Figure> measure(BenchContext ctx, HttpClient client, String base, SmtpSink sink, int audience,
                                 String province, String run) throws Exception {
        BenchContext.log("campaign: plain Jakarta Mail loop, " + audience + " messages over one connection");
        double loopRate = plainLoop(sink.port(), audience, run);
        BenchContext.log(String.format(Locale.ROOT, "campaign: plain loop %.0f messages/s", loopRate));
        long sinkBefore = sink.messages();

        BenchContext.log("campaign: send-campaign job to " + audience + " recipients");
        long start = System.nanoTime();
        long id = Long.parseLong(DevEndpoints.keyValues(post(client, base + "/dev/bench/campaign?action=start&province=" + province
                + "&rate=1000000&kind=SERVICE&name=bench-" + run)).get("id"));
        Map<String, String> status;
        long lastLog = System.nanoTime();
        while (true) {
            status = DevEndpoints.keyValues(post(client, base + "/dev/bench/campaign?action=status&id=" + id));
            String state = status.get("state");
            if (!"RUNNING".equals(state)) {
                break;
            }
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                lastLog = System.nanoTime();
                BenchContext.log("campaign: " + status.getOrDefault("sent", "0") + " sent");
            }
            Thread.sleep(250);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long sent = Long.parseLong(status.getOrDefault("sent", "0"));
        if (!"COMPLETED".equals(status.get("state")) || sent != audience
                || !String.valueOf(audience).equals(status.get("audience"))) {
            throw new IllegalStateException("campaign did not complete: " + status);
        }
        if (sink.messages() - sinkBefore != sent) {
            throw new IllegalStateException("the sink got " + (sink.messages() - sinkBefore) + " messages, " + sent
                    + " marked SENT");
        }
        double jobRate = sent / seconds;
        double sendingRate = sent / Math.max(0.001, Duration.between(Instant.parse(status.get("firstSentAt")),
                Instant.parse(status.get("lastSentAt"))).toNanos() / 1e9);
        BenchContext.log(String.format(Locale.ROOT, "campaign: job %.0f messages/s (%.1f s)", jobRate, seconds));
        return List.of(new Figure(name(), "campaign job to the SMTP sink", jobRate, "msg/s",
                "plain Jakarta Mail loop", loopRate, Figure.Goal.atLeast(0.5), List.of(
                String.format(Locale.ROOT, "%d recipients in %.1f s from the start request to COMPLETED"
                        + " (audience frozen, job launched, each recipient marked SENT); %.0f msg/s between the"
                        + " first and the last message", sent, seconds, sendingRate))));
    }

    /** Same size and shape as the campaign's messages, distinct recipients, one connection. */
    private static double plainLoop(int smtpPort, int count, String run) throws Exception {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", String.valueOf(smtpPort));
        Session session = Session.getInstance(p);
        InternetAddress from = new InternetAddress("noreply@polis.istruzione.test", "Istanze OnLine", "UTF-8");
        long t0 = System.nanoTime();
        try (Transport t = session.getTransport("smtp")) {
            t.connect();
            for (int i = 0; i < count; i++) {
                MimeMessage m = new MimeMessage(session);
                m.setFrom(from);
                m.setRecipient(Message.RecipientType.TO, new InternetAddress("p" + i + "@plain-" + run + ".example.net"));
                m.setSubject("Avviso per Anna" + i, "UTF-8");
                m.setSentDate(new Date());
                m.setHeader("Content-Language", "it");
                m.setText("Gentile Anna" + i + ",\nquesto è un avviso di prova.\nhttp://localhost/polis/area/home.xhtml\n",
                        "UTF-8");
                m.saveChanges();
                t.sendMessage(m, m.getAllRecipients());
            }
        }
        return count / ((System.nanoTime() - t0) / 1e9);
    }

    /** Points mail/polis at another SMTP port and reloads the application so it looks the session up again. */
    private static void pointMailAt(BenchContext ctx, int port) {
        var domain = ctx.server().domain();
        domain.asadmin("set", "resources.mail-resource.mail/polis.property.mail-smtp-port=" + port);
        domain.asadmin("disable", it.polis.tools.server.PortalServer.APP_NAME);
        domain.asadmin("enable", it.polis.tools.server.PortalServer.APP_NAME);
        ctx.server().waitUntilReady(Duration.ofMinutes(3));
        BenchContext.log("campaign: mail/polis now on SMTP port " + port);
    }

    private static int smtpPort(BenchContext ctx) {
        String out = ctx.server().domain().asadmin("get", "resources.mail-resource.mail/polis.property.mail-smtp-port");
        for (String line : out.split("\\R")) {
            int eq = line.indexOf("mail-smtp-port=");
            if (eq >= 0) {
                return Integer.parseInt(line.substring(eq + "mail-smtp-port=".length()).strip());
            }
        }
        throw new IllegalStateException("No SMTP port of mail/polis in: " + out);
    }

    private static String post(HttpClient client, String url) throws Exception {
        return DevEndpoints.post(client, url, "", Duration.ofMinutes(10));
    }
}
