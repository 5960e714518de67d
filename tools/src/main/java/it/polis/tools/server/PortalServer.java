package it.polis.tools.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portal on a local Payara domain with the embedded defaults: H2 file database in Oracle
 * mode, a mail session pointing at a local SMTP server, dev/demo switches as system
 * properties (read through MicroProfile Config). Used by the run command, the test run and the
 * benchmarks, so all three exercise the same set-up.
 */
public final class PortalServer {

    /** Bump when the domain configuration below changes: existing domains are then rebuilt. */
    private static final String CONFIG_VERSION = "10";
    public static final String APP_NAME = "polis";
    public static final String CONTEXT_ROOT = "/polis";

    private final Settings settings;
    private final PayaraDomain domain;

    public record Settings(Path home, Path payaraZip, Path h2Jar, Path ear, Path domainsDir, String domainName,
                           int portBase, Path dataDir, int smtpPort, Map<String, String> systemProperties,
                           String maxHeap) {
    }

    public PortalServer(Settings settings) {
        this.settings = settings;
        this.domain = new PayaraDomain(settings.home().resolve("payara6"), settings.domainsDir(),
                settings.domainName(), settings.portBase());
    }

    public PayaraDomain domain() {
        return domain;
    }

    public String baseUrl() {
        return "http://localhost:" + domain.httpPort() + CONTEXT_ROOT;
    }

    public String serverUrl() {
        return "http://localhost:" + domain.httpPort();
    }

    /** Makes sure the domain exists with the current configuration, is running, and runs the current EAR. */
    public void start() {
        long t0 = System.nanoTime();
        PayaraDomain.ensureInstalled(settings.payaraZip(), domain.payaraHome());
        String config = configFingerprint();
        Path marker = domain.domainDir().resolve("polis-config.txt");
        boolean current = domain.exists() && readQuietly(marker).equals(config);
        if (!current) {
            if (domain.exists()) {
                log("configuration changed: rebuilding domain " + settings.domainName());
                if (domain.isRunning()) {
                    domain.stop();
                }
                domain.delete();
            }
            log("creating domain " + settings.domainName() + " on port base " + settings.portBase());
            domain.create();
            domain.addLibrary(settings.h2Jar());
            domain.start();
            configure();
            write(marker, config);
            // JVM options and system properties take effect at the next start.
            domain.stop();
            domain.start();
        } else if (!domain.isRunning()) {
            log("starting domain " + settings.domainName());
            domain.start();
        }
        deployIfChanged();
        waitUntilReady(Duration.ofMinutes(3));
        log(String.format("portal ready in %.1f s", (System.nanoTime() - t0) / 1e9));
    }

    public void stop() {
        if (domain.isRunning()) {
            log("stopping domain " + settings.domainName());
            domain.stop();
        }
    }

    /** Kills the server hard (crash tests); {@link #start()} brings it back with the same EAR. */
    public void kill() {
        log("killing domain " + settings.domainName() + " (crash test)");
        domain.kill();
    }

    private void configure() {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = "jdbc:h2:file:" + settings.dataDir().resolve("polis").toAbsolutePath()
                + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
        domain.asadmin("create-jdbc-connection-pool",
                "--datasourceclassname", "org.h2.jdbcx.JdbcDataSource",
                "--restype", "javax.sql.DataSource",
                "--steadypoolsize", "4", "--maxpoolsize", "64",
                "--isconnectvalidatereq=true", "--validationmethod", "meta-data",
                "--property", "URL=" + escape(url) + ":user=polis:password=polis",
                "polis-pool");
        domain.asadmin("create-jdbc-resource", "--connectionpoolid", "polis-pool", "jdbc/polis");
        domain.asadmin("create-javamail-resource",
                "--mailhost", "127.0.0.1", "--mailuser", "polis",
                "--fromaddress", "noreply@polis.istruzione.test",
                "--property", "mail-smtp-port=" + settings.smtpPort()
                        + ":mail-smtp-connectiontimeout=5000:mail-smtp-timeout=10000",
                "mail/polis");
        Map<String, String> props = new LinkedHashMap<>(settings.systemProperties());
        // Links in emails point at this domain's own HTTP listener.
        props.putIfAbsent("polis.public.url", baseUrl());
        if (!props.isEmpty()) {
            domain.asadmin("create-system-properties", props.entrySet().stream()
                    .map(e -> e.getKey() + "=" + escape(e.getValue())).collect(Collectors.joining(":")));
        }
        domain.tryAsadmin("delete-jvm-options", "-Xmx512m");
        domain.asadmin("create-jvm-options", "-Xmx" + settings.maxHeap());
        // Do not announce the server software in every response.
        domain.asadmin("set", "configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false");
        domain.asadmin("set", "configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.server-header=false");
        // SameSite on every cookie the listener sets (the web.xml cookie attribute is not applied by Payara 6).
        domain.asadmin("set", "configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.cookie-same-site-enabled=true",
                "configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.cookie-same-site-value=Lax");
        domain.asadmin("set-microprofile-healthcheck-configuration", "--enabled=true");
        // Jakarta Batch job repository in the portal database (not jdbc/__TimerPool), as in
        // production: checkpoints survive a crash and InterruptedExecutions can mark what was left running.
        domain.asadmin("set-batch-runtime-configuration", "--datasourcelookupname", "jdbc/polis",
                "--tablePrefix", "BATCH_");
        // Groups from the identity stores are the role names (no per-application role mapping files).
        domain.asadmin("set", "configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true");
    }

    private void deployIfChanged() {
        String hash = sha256(settings.ear());
        Path marker = domain.domainDir().resolve("polis-deployed.sha256");
        String listed = domain.asadmin("list-applications");
        if (hash.equals(readQuietly(marker)) && listed.contains(APP_NAME)) {
            log("EAR unchanged, already deployed");
            return;
        }
        log("deploying " + settings.ear().getFileName());
        try {
            domain.deploy(settings.ear(), APP_NAME);
        } catch (IllegalStateException e) {
            // Right after a start Payara may still be loading the previous copy: give it a moment, once.
            log("deploy failed, retrying once: " + e.getMessage().lines().skip(1).findFirst().orElse(""));
            sleep(5000);
            domain.deploy(settings.ear(), APP_NAME);
        }
        write(marker, hash);
    }

    /** Waits until the portal's version endpoint answers 200. */
    public void waitUntilReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/version"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(500);
        }
        throw new IllegalStateException("Portal did not become ready at " + baseUrl());
    }

    private String configFingerprint() {
        return "v" + CONFIG_VERSION + " base=" + settings.portBase() + " smtp=" + settings.smtpPort() + " data="
                + settings.dataDir().toAbsolutePath() + " heap=" + settings.maxHeap() + " props="
                + new java.util.TreeMap<>(settings.systemProperties()) + " h2=" + settings.h2Jar().getFileName();
    }

    /** asadmin separates properties with ':' and '='; escape them inside values. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readQuietly(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path p, String content) {
        try {
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void log(String message) {
        System.out.println("[polis] " + message);
    }
}
