package it.polis.tools;

import it.polis.platform.demo.DemoLogins;
import it.polis.platform.demo.StaffDirectoryLogins;
import it.polis.tools.directory.StaffDirectoryServer;
import it.polis.tools.mail.MailCatcher;
import it.polis.tools.server.PortalServer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The run command ({@code mvn -Prun package}): the whole portal on the embedded defaults in the
 * foreground. Data lives in {@code .polis/data} and survives restarts; Ctrl-C stops everything.
 */
public final class Run {

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(System.getProperty("polis.home", ".polis")).toAbsolutePath();
        int portBase = Integer.getInteger("polis.portbase", 8000);
        int smtpPort = Integer.getInteger("polis.smtp.port", 2525);
        int catcherPort = Integer.getInteger("polis.mailcatcher.port", 8025);

        int ldapPort = Integer.getInteger("polis.ldap.port", 10389);

        MailCatcher catcher = new MailCatcher(smtpPort, catcherPort, Integer.getInteger("polis.imap.port", 2143)).start();
        StaffDirectoryServer directory = new StaffDirectoryServer(ldapPort).start();
        Map<String, String> props = new HashMap<>(Map.of("polis.dev.enabled", "true", "polis.demo.enabled", "true",
                "polis.dev.mailcatcher.url", catcher.url(), "polis.campaigns.bounce.url", catcher.bounceMailboxUrl()));
        props.putAll(directory.portalProperties());
        PortalServer server = new PortalServer(new PortalServer.Settings(home,
                Path.of(System.getProperty("polis.payara.zip")), Path.of(System.getProperty("polis.h2.jar")),
                Path.of(System.getProperty("polis.ear")), home.resolve("domains"), "polis", portBase,
                home.resolve("data"), smtpPort, props, "1536m"));
        ProcessBuilder stopDomain = server.domain().stopCommand();
        Thread stopper = new Thread(() -> {
            System.out.println("[polis] stopping...");
            try {
                stopDomain.start().waitFor(2, java.util.concurrent.TimeUnit.MINUTES);
            } catch (Exception e) {
                System.err.println("[polis] could not stop the domain: " + e);
            }
            catcher.close();
            directory.close();
            System.out.println("[polis] stopped");
        });
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            server.start();
        } catch (RuntimeException e) {
            // Leave nothing running behind a failed start; the server log has the details.
            Runtime.getRuntime().removeShutdownHook(stopper);
            stopper.run();
            System.err.println("[polis] the portal did not start: " + e.getMessage());
            System.err.println("[polis] server log: " + server.domain().domainDir().resolve("logs/server.log"));
            throw e;
        }
        System.out.println(banner(server, catcher, directory));
        Thread.currentThread().join();
    }

    static String banner(PortalServer server, MailCatcher catcher, StaffDirectoryServer directory) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n==================== POLIS - Istanze OnLine ====================\n");
        sb.append("Portal:        ").append(server.baseUrl()).append("/\n");
        sb.append("Mail catcher:  ").append(catcher.url()).append("  (SMTP on port ").append(catcher.smtpPort())
                .append(")\n");
        sb.append("Health:        ").append(server.serverUrl()).append("/health\n");
        sb.append("Version:       ").append(server.baseUrl()).append("/api/version\n");
        sb.append("Staff LDAP:    ").append(directory.url()).append("  (@istruzione.it mailboxes)\n");
        sb.append("Admin console: http://localhost:").append(server.domain().adminPort()).append("/\n\n");
        sb.append("Demo logins (user name / password):\n");
        sb.append(String.format("  %-22s %-22s %s%n", DemoLogins.CITIZEN_USERNAME, DemoLogins.CITIZEN_PASSWORD,
                "citizen, ACTIVE (personal code " + DemoLogins.CITIZEN_PERSONAL_CODE + ")"));
        for (var o : DemoLogins.OPERATORS) {
            sb.append(String.format("  %-22s %-22s %s%n", o.username(), DemoLogins.OPERATOR_PASSWORD, o.role()));
        }
        for (var s : DemoLogins.SCHOOLS) {
            sb.append(String.format("  %-22s %-22s %s%n", s.code(), DemoLogins.SCHOOL_PASSWORD,
                    "secretariat, " + s.name()));
        }
        sb.append("\n@istruzione.it staff (mailbox credentials, checked by the staff LDAP):\n");
        for (var p : StaffDirectoryLogins.PEOPLE) {
            sb.append(String.format("  %-29s %-22s %s%n", p.mailbox(), StaffDirectoryLogins.PASSWORD,
                    p.role() == null ? "no portal account (refused)" : p.role()));
        }
        sb.append("\nStop with Ctrl-C (data stays in .polis/data).\n");
        sb.append("================================================================\n");
        return sb.toString();
    }
}
