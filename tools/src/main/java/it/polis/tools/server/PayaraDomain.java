package it.polis.tools.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Payara Server domain driven through {@code asadmin}: unpack the distribution once,
 * create the domain on a port base, start, configure, deploy, stop.
 */
public final class PayaraDomain {

    /** Offsets from the port base that Payara opens (admin, http, https, iiop x3, jms, jmx, osgi, debug). */
    private static final int[] PORT_OFFSETS = {48, 80, 81, 37, 38, 39, 76, 86, 66, 9};

    private final Path payaraHome;
    private final Path domainsDir;
    private final String name;
    private final int portBase;

    public PayaraDomain(Path payaraHome, Path domainsDir, String name, int portBase) {
        this.payaraHome = payaraHome;
        this.domainsDir = domainsDir;
        this.name = name;
        this.portBase = portBase;
    }

    public int adminPort() {
        return portBase + 48;
    }

    public int httpPort() {
        return portBase + 80;
    }

    public Path domainDir() {
        return domainsDir.resolve(name);
    }

    public Path payaraHome() {
        return payaraHome;
    }

    /** Unpacks the distribution zip (once) so that {@code payaraHome} is its {@code payara6} folder. */
    public static void ensureInstalled(Path zip, Path payaraHome) {
        if (Files.isExecutable(payaraHome.resolve("bin/asadmin"))) {
            return;
        }
        Path target = payaraHome.getParent();
        Path partial = target.resolve("payara6.partial");
        System.out.println("[polis] unpacking " + zip.getFileName() + " (first run only)");
        try {
            deleteRecursively(partial);
            Files.createDirectories(partial);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    Path out = partial.resolve(e.getName()).normalize();
                    if (!out.startsWith(partial)) {
                        throw new IOException("Bad zip entry " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            // The zip holds payara6/...; keep scripts executable.
            Path unpacked = partial.resolve("payara6");
            try (var files = Files.walk(unpacked)) {
                files.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("bin"))
                        .forEach(p -> p.toFile().setExecutable(true));
            }
            deleteRecursively(payaraHome);
            Files.move(unpacked, payaraHome);
            deleteRecursively(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack Payara from " + zip, e);
        }
    }

    public boolean exists() {
        return Files.exists(domainDir().resolve("config/domain.xml"));
    }

    public void create() {
        asadminNoPort("create-domain", "--domaindir", domainsDir.toString(), "--portbase", String.valueOf(portBase),
                "--nopassword=true", "--checkports=false", name);
    }

    /** Copies a JDBC driver (or any library) into the domain's lib folder; takes effect at the next start. */
    public void addLibrary(Path jar) {
        try {
            Path lib = domainDir().resolve("lib");
            Files.createDirectories(lib);
            Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void start() {
        asadminNoPort("start-domain", "--domaindir", domainsDir.toString(), name);
    }

    public void stop() {
        if (exists()) {
            asadminNoPort("stop-domain", "--domaindir", domainsDir.toString(), "--kill=false", name);
        }
    }

    /**
     * Kills the server process without letting it stop (as kill -9, a power cut or the OOM killer
     * would): nothing is flushed, no shutdown hook runs. For crash tests only.
     */
    public void kill() {
        Path pidFile = domainDir().resolve("config/pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().join();
            });
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (isRunning() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no pid file, is the domain running? " + pidFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The stop command, built up front: a JVM shutdown hook (Ctrl-C) must not need to load code
     * from a class loader that may already be closing.
     */
    public ProcessBuilder stopCommand() {
        ProcessBuilder pb = new ProcessBuilder(payaraHome.resolve("bin/asadmin").toString(), "--interactive=false",
                "stop-domain", "--domaindir", domainsDir.toString(), name);
        pb.environment().put("AS_JAVA", System.getProperty("java.home"));
        return pb.inheritIO();
    }

    public void delete() {
        deleteRecursively(domainDir());
    }

    public boolean isRunning() {
        return !isFree(adminPort());
    }

    public void deploy(Path archive, String appName) {
        asadmin("deploy", "--force=true", "--name", appName, archive.toString());
    }

    /** Runs an asadmin sub-command against this domain's admin port; fails on a non-zero exit. */
    public String asadmin(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("--port");
        cmd.add(String.valueOf(adminPort()));
        cmd.addAll(List.of(args));
        return run(cmd, true);
    }

    /** Like {@link #asadmin(String...)} but a failure is returned as null (for "if exists" commands). */
    public String tryAsadmin(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("--port");
        cmd.add(String.valueOf(adminPort()));
        cmd.addAll(List.of(args));
        return run(cmd, false);
    }

    private String asadminNoPort(String... args) {
        return run(List.of(args), true);
    }

    private String run(List<String> args, boolean failOnError) {
        List<String> cmd = new ArrayList<>();
        cmd.add(payaraHome.resolve("bin/asadmin").toString());
        cmd.add("--interactive=false");
        cmd.addAll(args);
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("AS_JAVA", System.getProperty("java.home"));
            Process p = pb.start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("asadmin timed out: " + args);
            }
            if (p.exitValue() != 0) {
                if (failOnError) {
                    throw new IllegalStateException("asadmin " + args + " failed:\n" + out);
                }
                return null;
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** First port base from {@code from} (step 100) whose Payara ports are all free. */
    public static int freePortBase(int from) {
        for (int base = from; base < 60000; base += 100) {
            boolean free = true;
            for (int off : PORT_OFFSETS) {
                if (!isFree(base + off)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("No free port base found from " + from);
    }

    public static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
