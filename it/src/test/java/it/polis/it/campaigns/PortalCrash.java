package it.polis.it.campaigns;

import it.polis.it.support.TestPortal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Kills the portal's Payara process hard (SIGKILL, like {@code kill -9}: no shutdown hook, no clean
 * close of the database) and starts it again with the same domain, database and EAR.
 */
final class PortalCrash {

    private PortalCrash() {
    }

    static void killHard(TestPortal portal) throws IOException, InterruptedException {
        Path pidFile = portal.server().domain().domainDir().resolve("config/pid");
        long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No process " + pid));
        if (!process.destroyForcibly()) {
            throw new IllegalStateException("Could not kill " + pid);
        }
        try {
            process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Payara " + pid + " did not end", e);
        }
    }

    static void startAgain(TestPortal portal) {
        portal.server().start();
        portal.server().waitUntilReady(Duration.ofMinutes(3));
    }
}
