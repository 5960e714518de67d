package it.polis.it.campaigns;

import it.polis.it.support.TestPortal;

import java.time.Duration;

/**
 * Kills the portal's Payara process hard (SIGKILL, like {@code kill -9}: no shutdown hook, no clean
 * close of the database) and starts it again with the same domain, database and EAR.
 */
final class PortalCrash {

    private PortalCrash() {
    }

    static void killHard(TestPortal portal) {
        portal.server().kill();
    }

    static void startAgain(TestPortal portal) {
        portal.server().start();
        portal.server().waitUntilReady(Duration.ofMinutes(3));
    }
}
