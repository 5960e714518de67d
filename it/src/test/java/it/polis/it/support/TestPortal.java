package it.polis.it.support;

import it.polis.tools.directory.StaffDirectoryServer;
import it.polis.tools.mail.MailCatcher;
import it.polis.tools.server.PayaraDomain;
import it.polis.tools.server.PortalServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The portal under test, started once per test run: a fresh Payara domain and H2 database on
 * free ports, demo data, dev mode, and a real SMTP server (the mail catcher) in this JVM.
 * Stopped when the JUnit run ends.
 */
public final class TestPortal {

    private static TestPortal instance;

    private final PortalServer server;
    private final MailCatcher mail;
    /** The staff LDAP (demo @istruzione.it people); null when testing a reused portal. */
    private final StaffDirectoryServer directory;

    private TestPortal() {
        String reuse = System.getProperty("polis.it.reuse", "");
        if (!reuse.isBlank()) {
            // Developer shortcut: test a portal that already runs (e.g. the run command's, port base 8000).
            // Its SMTP port (2525) must be free: this JVM catches the mail. CI always starts a fresh portal.
            int base = Integer.parseInt(reuse);
            mail = new MailCatcher(Integer.getInteger("polis.it.reuse.smtp", 2525), PayaraDomain.freePort()).start();
            directory = null;
            server = new PortalServer(new PortalServer.Settings(Path.of("."), null, null, null, Path.of("."),
                    "reused", base, Path.of("."), mail.smtpPort(), Map.of(), "1g"));
            System.setProperty("polis.it.adminPort", String.valueOf(server.domain().adminPort()));
            return;
        }
        Path dir = Path.of(System.getProperty("polis.it.dir", "target/portal")).toAbsolutePath();
        Path home = Path.of(System.getProperty("polis.home")).toAbsolutePath();
        deleteQuietly(dir);
        mail = new MailCatcher(PayaraDomain.freePort(), PayaraDomain.freePort()).start();
        directory = new StaffDirectoryServer(0).start();
        Map<String, String> props = new HashMap<>(Map.of("polis.dev.enabled", "true", "polis.demo.enabled", "true",
                "polis.dev.mailcatcher.url", mail.url(),
                // a real but small proof of work, so browser tests solve the captcha quickly
                "polis.captcha.maxnumber", "2000",
                // every browser test comes from one address: only the per-account limits may bite
                "polis.recovery.per-address-per-hour", "1000",
                "polis.lockout.address-failures", "1000",
                // open sessions re-read their account often, so suspensions reach them within a test
                "polis.session.recheck-seconds", "2",
                // campaigns read delivery status notifications from the catcher's bounce mailbox (IMAP)
                "polis.campaigns.bounce.url", mail.bounceMailboxUrl()));
        props.putAll(directory.portalProperties());
        int portBase = PayaraDomain.freePortBase(Integer.getInteger("polis.it.portbase", 20000));
        server = new PortalServer(new PortalServer.Settings(home, Path.of(System.getProperty("polis.payara.zip")),
                Path.of(System.getProperty("polis.h2.jar")), Path.of(System.getProperty("polis.ear")),
                dir.resolve("domains"), "polis-it", portBase, dir.resolve("data"), mail.smtpPort(), props, "1g"));
        server.start();
        System.setProperty("polis.it.adminPort", String.valueOf(server.domain().adminPort()));
        System.setProperty("polis.it.baseUrl", server.baseUrl());
    }

    /** The running portal, started on first use; {@link PortalSession} starts it eagerly and stops it. */
    public static synchronized TestPortal get() {
        if (instance == null) {
            TestPortal started = new TestPortal();
            Runtime.getRuntime().addShutdownHook(new Thread(TestPortal::shutdown));
            instance = started;
        }
        return instance;
    }

    static synchronized void shutdown() {
        if (instance != null) {
            instance.close();
        }
    }

    /** e.g. http://localhost:20080/polis */
    public String baseUrl() {
        return server.baseUrl();
    }

    public String serverUrl() {
        return server.serverUrl();
    }

    public String url(String path) {
        return baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    public MailCatcher mail() {
        return mail;
    }

    public PortalServer server() {
        return server;
    }

    private void close() {
        try {
            if (System.getProperty("polis.it.reuse", "").isBlank()) {
                server.stop();
            }
        } finally {
            mail.close();
            if (directory != null) {
                directory.close();
            }
            instance = null;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot clean " + dir, e);
        }
    }
}
