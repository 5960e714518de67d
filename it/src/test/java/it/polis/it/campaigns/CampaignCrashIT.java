package it.polis.it.campaigns;

import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A campaign survives a crash: Payara is killed hard (SIGKILL) in the middle of the sending, started
 * again, the campaign resumed (its job execution restarted), and every recipient has received exactly
 * one message: none twice, none lost.
 */
@ExtendWith(PortalExtension.class)
class CampaignCrashIT {

    private static final int AUDIENCE = 300;
    private static final String DOMAIN = "cmp-crash.example.net";

    @Test
    void killedMidCampaignAndRestartedEveryRecipientGetsExactlyOneMessage(TestPortal portal) throws Exception {
        CampaignBench.audience(portal, "crash", DOMAIN, AUDIENCE, "ZK");
        long id = CampaignBench.start(portal, "Crash", "ZK", 25, "SERVICE");
        Map<String, String> before = await(portal, id, s -> sent(s) >= 60, 120);
        assertTrue(sent(before) < AUDIENCE, "still sending when killed: " + before);

        portal.server().kill();
        long receivedAtCrash = received(portal);
        portal.server().start(); // back with the same domain, database and EAR, once ready

        Map<String, String> after = await(portal, id, s -> "true".equals(s.get("interrupted")), 90);
        assertEquals("RUNNING", after.get("state"), "interrupted, not finished: " + after);
        // Never marked SENT without the server having it. (The embedded H2 may lose its last commits to a
        // kill -9, so marks of the last moments can be missing: those messages go again, same Message-ID.)
        assertTrue(sent(after) <= receivedAtCrash, "no SENT mark without the message: " + after
                + ", received " + receivedAtCrash);
        CampaignBench.resume(portal, id);
        Map<String, String> done = await(portal, id, s -> "COMPLETED".equals(s.get("state")), 180);
        assertEquals(String.valueOf(AUDIENCE), done.get("sent"), String.valueOf(done));

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (received(portal) < AUDIENCE && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        // Each recipient gets exactly one message (one Message-ID, stable per campaign and recipient). The
        // only repeats allowed are second deliveries of that same message whose SENT mark the crash took
        // (the one in flight, and on H2 the last uncommitted-to-disk marks); the identical Message-ID
        // lets mail clients drop them.
        StringBuilder wrong = new StringBuilder();
        int redelivered = 0;
        for (int i = 0; i < AUDIENCE; i++) {
            List<MimeMessage> got = CampaignMailbox.campaignMail(portal.mail(), "crash" + i + "@" + DOMAIN);
            Set<String> ids = new HashSet<>();
            for (MimeMessage m : got) {
                ids.add(m.getMessageID());
            }
            if (ids.size() != 1) {
                wrong.append(" crash").append(i).append('=').append(ids.size()).append(" distinct");
            } else if (got.size() > 1) {
                redelivered += got.size() - 1;
            }
        }
        assertEquals("", wrong.toString(), "distinct messages per recipient other than one");
        assertTrue(redelivered <= receivedAtCrash - sent(after) + 1,
                "only messages whose SENT mark the crash lost delivered again: " + redelivered);
    }

    private static long received(TestPortal portal) {
        return portal.mail().messages().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().endsWith("@" + DOMAIN);
            } catch (Exception e) {
                return false;
            }
        }).count();
    }

    private static long sent(Map<String, String> status) {
        return Long.parseLong(status.getOrDefault("sent", "0"));
    }

    private static Map<String, String> await(TestPortal portal, long id, java.util.function.Predicate<Map<String, String>> done,
                                             int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Map<String, String> s = CampaignBench.status(portal, id);
        while (!done.test(s)) {
            if (System.nanoTime() > deadline) {
                fail("campaign " + id + " not there within " + seconds + " s: " + s);
            }
            Thread.sleep(200);
            s = CampaignBench.status(portal, id);
        }
        return s;
    }
}
