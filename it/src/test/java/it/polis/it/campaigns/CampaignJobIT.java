package it.polis.it.campaigns;

import it.polis.campaigns.BounceReader;
import it.polis.campaigns.CampaignData;
import it.polis.campaigns.CampaignKind;
import it.polis.campaigns.CampaignRejected;
import it.polis.campaigns.CampaignService;
import it.polis.campaigns.CampaignState;
import it.polis.campaigns.CampaignStats;
import it.polis.campaigns.Segment;
import it.polis.campaigns.SegmentQuery;
import it.polis.campaigns.UnsubscribeService;
import it.polis.campaigns.UnsubscribeTokens;
import it.polis.identity.contact.ContactDirectory;
import it.polis.it.support.TestPortal;
import it.polis.tools.mail.MailCatcher;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The send-campaign job against the real database, job repository and SMTP server (the mail catcher):
 * segment counts, one message per recipient in the recipient's language, throttle, pause and resume,
 * auto-pause when SMTP fails, hard and soft bounces read from the bounce mailbox, unsubscribe.
 *
 * <p>Steps run in order; in-container ones call the service as the campaign manager (run-as) and keep
 * campaign ids in static fields (one deployment); {@code @RunAsClient} ones read the catcher in this JVM.
 * Recipients have fixed addresses of this test only (a fresh database and catcher per run).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignJobIT {

    private static final String SEG = "cmp-seg.example.net";
    private static final String THR = "cmp-thr.example.net";

    /** Server side, between in-container steps. */
    private static volatile List<Long> zq;
    private static volatile long p1;
    private static volatile long serviceCampaign;
    private static volatile long throttleCampaign;

    @Deployment
    static WebArchive deployment() {
        return CampaignDeployments.withBatch("campaign-job-it", CampaignJobIT.class, AsCampaignManager.class,
                CampaignFixtures.class);
    }

    @Inject
    private AsCampaignManager as;

    @Inject
    private CampaignFixtures fx;

    @EJB
    private CampaignService unprivileged;

    @EJB
    private BounceReader bounceReader;

    @EJB
    private it.polis.campaigns.CampaignScheduler scheduler;

    @EJB
    private UnsubscribeService unsubscribe;

    @EJB
    private ContactDirectory contacts;

    @Inject
    private UnsubscribeTokens tokens;

    // ---- segments ----------------------------------------------------------------------------------

    @Test
    @Order(1)
    void segmentsCountWhatThePortalKnows() {
        long active0 = count(Segment.ALL_ACTIVE, null, null, null, null, CampaignKind.SERVICE);
        long teachers0 = count(Segment.ROLE, null, "DOCENTE", null, null, CampaignKind.SERVICE);
        long ata0 = count(Segment.ROLE, null, "ATA", null, null, CampaignKind.SERVICE);
        long unverified0 = count(Segment.UNVERIFIED_EMAIL, null, null, null, null, CampaignKind.SERVICE);
        long drafts0 = count(Segment.DRAFTS_CLOSING, null, null, null, 120, CampaignKind.SERVICE);

        List<Long> ids = fx.citizens("seg", SEG, 9, "ZQ", "ACTIVE");
        zq = ids;
        fx.state(ids.get(6), "SUSPENDED");
        fx.primaryEmailStatus(ids.get(7), "BOUNCED");
        fx.optOut(ids.get(8));

        assertEquals(7, count(Segment.PROVINCE, "ZQ", null, null, null, CampaignKind.SERVICE),
                "active, address not bounced; opted out ones still get service messages");
        assertEquals(6, count(Segment.PROVINCE, "zq", null, null, null, CampaignKind.INFORMATIONAL),
                "informational: without the one who opted out");
        assertEquals(active0 + 7, count(Segment.ALL_ACTIVE, null, null, null, null, CampaignKind.SERVICE));

        p1 = fx.procedure("CMP-IT-P1", Duration.ofHours(10));
        long p2 = fx.procedure("CMP-IT-P2", Duration.ofHours(100));
        fx.application(p1, ids.get(0), true, "DOCENTE");
        fx.application(p1, ids.get(1), true, "DOCENTE");
        fx.application(p1, ids.get(2), true, "ATA");
        fx.application(p1, ids.get(3), false, null);
        fx.application(p2, ids.get(4), false, null);
        fx.application(p2, ids.get(5), false, null);
        fx.application(p2, ids.get(6), false, null);

        assertEquals(3, count(Segment.APPLICANTS, null, null, p1, null, CampaignKind.SERVICE));
        assertEquals(teachers0 + 2, count(Segment.ROLE, null, "DOCENTE", null, null, CampaignKind.SERVICE));
        assertEquals(ata0 + 1, count(Segment.ROLE, null, "ATA", null, null, CampaignKind.SERVICE));
        assertEquals(1, count(Segment.DRAFTS_CLOSING, null, null, p1, 24, CampaignKind.SERVICE));
        assertEquals(0, count(Segment.DRAFTS_CLOSING, null, null, p2, 24, CampaignKind.SERVICE), "closes later");
        assertEquals(2, count(Segment.DRAFTS_CLOSING, null, null, p2, 120, CampaignKind.SERVICE), "suspended left out");
        assertEquals(drafts0 + 3, count(Segment.DRAFTS_CLOSING, null, null, null, 120, CampaignKind.SERVICE));

        fx.citizens("unv", "cmp-unv.example.net", 2, "ZU", "REGISTERED");
        fx.pendingFurtherEmail(ids.get(0), "nuovo.indirizzo@" + SEG);
        assertEquals(unverified0 + 3, count(Segment.UNVERIFIED_EMAIL, null, null, null, null, CampaignKind.SERVICE));

        assertEquals("province", assertThrows(CampaignRejected.class,
                () -> count(Segment.PROVINCE, "Roma", null, null, null, CampaignKind.SERVICE)).field());
        assertEquals("hours", assertThrows(CampaignRejected.class,
                () -> count(Segment.DRAFTS_CLOSING, null, null, p1, 0, CampaignKind.SERVICE)).field());
        assertEquals("role", assertThrows(CampaignRejected.class,
                () -> count(Segment.ROLE, null, "PRESIDE", null, null, CampaignKind.SERVICE)).field());
        EJBException refused = assertThrows(EJBException.class, () -> unprivileged.count(
                new SegmentQuery.Params(Segment.ALL_ACTIVE, null, null, null, null), CampaignKind.SERVICE));
        assertTrue(String.valueOf(refused).contains("Access") || refused.getCause() != null, "no role, no count");
    }

    // ---- sending in the recipient's language --------------------------------------------------------

    @Test
    @Order(2)
    void aServiceCampaignReachesEachRecipientOnceInTheirLanguage() {
        CampaignData d = campaign("Avviso ZQ", CampaignKind.SERVICE, "ZQ", p1, 20);
        long id = as.<Long>call(s -> s.save(d, "127.0.0.1"));
        int version = as.<CampaignData>call(s -> s.find(id)).version();
        assertEquals(7, (int) as.call(s -> s.start(id, version, "127.0.0.1")));
        serviceCampaign = id;
        CampaignStats done = await(id, st -> st.state() == CampaignState.COMPLETED, 60);
        assertEquals(7, done.audience());
        assertEquals(7, done.sent());
        assertEquals(0, done.pending() + done.failed());
        assertEquals(100, done.progressPercent());
        assertEquals(1, fx.audited("CAMPAIGN_STARTED", String.valueOf(id)));
        assertEquals(1, fx.audited("CAMPAIGN_COMPLETED", String.valueOf(id)));
        // a finished campaign cannot start again
        assertThrows(RuntimeException.class, () -> as.call(s -> s.start(id, done.version(), "127.0.0.1")));
    }

    @Test
    @Order(3)
    @RunAsClient
    void eachGotOneMessageInTheirLanguageAndHardAndSoftBouncesComeBack() throws Exception {
        MailCatcher mail = TestPortal.get().mail();
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 8}) {
            String to = "seg" + i + "@" + SEG;
            List<MimeMessage> got = CampaignMailbox.campaignMail(mail, to);
            assertEquals(1, got.size(), "exactly one message for " + to);
            MimeMessage m = got.get(0);
            String text = MailCatcher.textOf(m);
            String name = (i % 2 == 0 ? "Anna" : "Ann") + i;
            if (i % 2 == 0) {
                assertEquals("Avviso per " + name + ": Procedura CMP-IT-P1", m.getSubject());
                assertTrue(text.contains("Gentile " + name + ","), text);
                assertTrue(text.contains("alle ore"), "Italian date: " + text);
                assertEquals("it", m.getHeader("Content-Language", null));
            } else {
                assertEquals("Notice for " + name + ": Procedure CMP-IT-P1", m.getSubject());
                assertTrue(text.contains("Dear " + name + ","), text);
                assertTrue(text.contains("(Italian time)"), "English date: " + text);
                assertEquals("en", m.getHeader("Content-Language", null));
            }
            assertTrue(text.contains("/polis/area/applications/"), "personal link: " + text);
            assertNull(m.getHeader("List-Unsubscribe"), "service messages have no unsubscribe");
        }
        assertTrue(CampaignMailbox.campaignMail(mail, "seg6@" + SEG).isEmpty(), "suspended");
        assertTrue(CampaignMailbox.campaignMail(mail, "seg7@" + SEG).isEmpty(), "bounced address");

        CampaignMailbox.dsn(mail, CampaignMailbox.campaignMail(mail, "seg2@" + SEG).get(0), "5.1.1", "550 5.1.1 user unknown");
        CampaignMailbox.dsn(mail, CampaignMailbox.campaignMail(mail, "seg4@" + SEG).get(0), "4.2.2", "452 4.2.2 mailbox full");
    }

    @Test
    @Order(4)
    void aHardBounceMarksTheAddressAndASoftOneIsSentAgain() {
        long id = serviceCampaign;
        long hard = zq.get(2);
        long soft = zq.get(4);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && !("BOUNCED".equals(fx.recipientState(id, hard))
                && fx.softBounces(id, soft) == 1 && stats(id).state() == CampaignState.COMPLETED
                && "SENT".equals(fx.recipientState(id, soft)))) {
            bounceReader.readNow();
            sleep(300);
        }
        assertEquals("BOUNCED", fx.recipientState(id, hard));
        assertEquals("BOUNCED", fx.contactEmailStatus("seg2@" + SEG), "hard bounce: the address is no longer verified");
        assertTrue(contacts.needsAttention(hard), "the owner is asked to fix the contact data");
        assertEquals(1, fx.softBounces(id, soft));
        assertEquals("SENT", fx.recipientState(id, soft), "soft bounce: sent again");
        assertEquals("VERIFIED", String.valueOf(fx.contactEmailStatus("seg4@" + SEG)).replace("null", "VERIFIED"));
        CampaignStats st = stats(id);
        assertEquals(CampaignState.COMPLETED, st.state());
        assertEquals(1, st.bounced());
        assertEquals(6, st.sent());
    }

    @Test
    @Order(5)
    @RunAsClient
    void theSoftBouncedRecipientGotTheMessageAgain() {
        MailCatcher mail = TestPortal.get().mail();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && CampaignMailbox.campaignMail(mail, "seg4@" + SEG).size() < 2) {
            sleep(200);
        }
        assertEquals(2, CampaignMailbox.campaignMail(mail, "seg4@" + SEG).size());
        assertEquals(1, CampaignMailbox.campaignMail(mail, "seg2@" + SEG).size(), "never again to a hard bounce");
    }

    // ---- informational: opt-out, List-Unsubscribe --------------------------------------------------

    @Test
    @Order(6)
    void anInformationalCampaignHonoursOptOutAndItsLinkUnsubscribes() {
        CampaignData d = campaign("Informativa ZQ", CampaignKind.INFORMATIONAL, "ZQ", null, 50);
        long id = as.<Long>call(s -> s.save(d, "127.0.0.1"));
        int version = as.<CampaignData>call(s -> s.find(id)).version();
        assertEquals(5, (int) as.call(s -> s.start(id, version, "127.0.0.1")), "6 less the hard bounce");
        CampaignStats done = await(id, st -> st.state() == CampaignState.COMPLETED, 60);
        assertEquals(5, done.sent());

        long who = zq.get(0);
        String token = tokens.token(id, who);
        assertTrue(unsubscribe.check(token).isPresent());
        assertFalse(unsubscribe.check(token).get().alreadyOut());
        String forged = id + "." + zq.get(1) + token.substring(token.lastIndexOf('.'));
        assertTrue(unsubscribe.check(forged).isEmpty(), "a link cannot be turned to another account");
        assertFalse(unsubscribe.optOut(forged, "127.0.0.1"));
        assertTrue(unsubscribe.optOut(token, "127.0.0.1"));
        assertTrue(unsubscribe.optOut(token, "127.0.0.1"), "twice is harmless");
        assertTrue(unsubscribe.check(token).get().alreadyOut());
        assertEquals(1, stats(id).unsubscribed());
        assertEquals(4, count(Segment.PROVINCE, "ZQ", null, null, null, CampaignKind.INFORMATIONAL));
        assertEquals(6, count(Segment.PROVINCE, "ZQ", null, null, null, CampaignKind.SERVICE));
    }

    @Test
    @Order(7)
    @RunAsClient
    void informationalMessagesCarryListUnsubscribe() throws Exception {
        MailCatcher mail = TestPortal.get().mail();
        List<MimeMessage> got = CampaignMailbox.campaignMail(mail, "seg1@" + SEG);
        assertEquals(2, got.size());
        MimeMessage info = got.get(1);
        String header = info.getHeader("List-Unsubscribe", null);
        assertNotNull(header);
        assertTrue(header.matches("<http://localhost:\\d+/polis/unsubscribe\\.xhtml\\?t=\\d+\\.\\d+\\.[A-Za-z0-9_-]{22}>"), header);
        assertEquals("List-Unsubscribe=One-Click", info.getHeader("List-Unsubscribe-Post", null));
        assertTrue(MailCatcher.textOf(info).contains(header.substring(1, header.length() - 1)), "link in the text too");
    }

    // ---- throttle, pause, resume ---------------------------------------------------------------------

    @Test
    @Order(8)
    void theThrottleIsRespectedAndPauseStopsSendingUntilResumed() {
        fx.citizens("thr", THR, 20, "ZT", "ACTIVE");
        CampaignData d = campaign("Ritmo ZT", CampaignKind.SERVICE, "ZT", null, 4);
        long id = as.<Long>call(s -> s.save(d, "127.0.0.1"));
        throttleCampaign = id;
        int version = as.<CampaignData>call(s -> s.find(id)).version();
        assertEquals(20, (int) as.call(s -> s.start(id, version, "127.0.0.1")));
        await(id, st -> st.sent() >= 4, 30);
        as.run(s -> s.pause(id, "127.0.0.1"));
        CampaignStats paused = await(id, st -> st.state() == CampaignState.PAUSED, 10);
        long sentAtPause = paused.sent();
        assertTrue(sentAtPause < 20);
        sleep(1500);
        assertEquals(sentAtPause, stats(id).sent(), "nothing sent while paused");
        assertEquals(1, fx.audited("CAMPAIGN_PAUSE_REQUESTED", String.valueOf(id)));
        assertEquals(1, fx.audited("CAMPAIGN_PAUSED", String.valueOf(id)));

        as.run(s -> s.resume(id, paused.version(), "127.0.0.1"));
        assertThrows(RuntimeException.class, () -> as.run(s -> s.resume(id, paused.version(), "127.0.0.1")),
                "a second resume (double click) is refused");
        CampaignStats done = await(id, st -> st.state() == CampaignState.COMPLETED, 60);
        assertEquals(20, done.sent());
        List<Instant> times = fx.sentTimes(id);
        assertEquals(20, times.size());
        // Times are those of the SENT marks (after SMTP and a commit), so each one may lag its slot a little
        // on a busy machine; a burst would put five sends within a few milliseconds.
        for (int i = 0; i + 4 < times.size(); i++) {
            long ms = Duration.between(times.get(i), times.get(i + 4)).toMillis();
            assertTrue(ms >= 650, "5 sends at 4 per second take about a second, took " + ms + " ms at " + i);
        }
        List<Instant> resumed = times.subList((int) sentAtPause, times.size());
        long span = Duration.between(resumed.get(0), resumed.get(resumed.size() - 1)).toMillis();
        assertTrue(span >= (resumed.size() - 1) * 250L * 9 / 10, resumed.size() + " sends after resuming took " + span + " ms");
    }

    @Test
    @Order(9)
    @RunAsClient
    void eachThrottledRecipientGotOneMessage() {
        MailCatcher mail = TestPortal.get().mail();
        for (int i = 0; i < 20; i++) {
            assertEquals(1, CampaignMailbox.campaignMail(mail, "thr" + i + "@" + THR).size(), "thr" + i);
        }
    }

    // ---- auto-pause when SMTP fails -----------------------------------------------------------------

    @Test
    @Order(10)
    @RunAsClient
    void smtpGoesDown() {
        TestPortal.get().mail().stopSmtp();
    }

    @Test
    @Order(11)
    void theErrorRateThresholdPausesTheCampaign() {
        CampaignData d = campaign("Guasto ZT", CampaignKind.SERVICE, "ZT", null, 200);
        long id = as.<Long>call(s -> s.save(d, "127.0.0.1"));
        throttleCampaign = id;
        int version = as.<CampaignData>call(s -> s.find(id)).version();
        as.call(s -> s.start(id, version, "127.0.0.1"));
        CampaignStats paused = await(id, st -> st.state() == CampaignState.PAUSED, 60);
        assertTrue(paused.pauseReason().startsWith("ERROR_RATE"), paused.pauseReason());
        assertEquals(0, paused.sent());
        assertEquals(20, paused.pending(), "nothing lost: a transient failure leaves the recipient to send");
        assertEquals(1, fx.audited("CAMPAIGN_AUTO_PAUSED", String.valueOf(id)));
    }

    @Test
    @Order(12)
    @RunAsClient
    void smtpComesBack() {
        TestPortal.get().mail().restartSmtp();
    }

    @Test
    @Order(13)
    void resumedItSendsEverything() {
        long id = throttleCampaign;
        as.run(s -> s.resume(id, s.stats(id).version(), "127.0.0.1"));
        CampaignStats done = await(id, st -> st.state() == CampaignState.COMPLETED, 60);
        assertEquals(20, done.sent());
    }

    @Test
    @Order(14)
    @RunAsClient
    void eachGotTheSecondCampaignOnce() {
        MailCatcher mail = TestPortal.get().mail();
        for (int i = 0; i < 20; i++) {
            String to = "thr" + i + "@" + THR;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (CampaignMailbox.campaignMail(mail, to).size() < 2 && System.nanoTime() < deadline) {
                sleep(100);
            }
            assertEquals(2, CampaignMailbox.campaignMail(mail, to).size(), to);
        }
    }

    // ---- SMS variant ---------------------------------------------------------------------------------

    @Test
    @Order(15)
    void theSmsVariantGoesToThoseWhoOptedInToDeadlineSms() {
        long subscriber = zq.get(0);
        long other = zq.get(3);
        fx.smsSubscriber(subscriber, "+393331112233");
        CampaignData base = campaign("Avviso con SMS", CampaignKind.SERVICE, "ZQ", p1, 100);
        CampaignData d = new CampaignData(null, base.name(), base.kind(), base.segment(), base.province(), null,
                base.procedureId(), null, base.subjectIt(), base.bodyIt(), base.subjectEn(), base.bodyEn(),
                "Istanze OnLine: {{nome}}, {{procedure}} chiude il {{deadline}}", 100, 20, null, 0);
        long id = as.<Long>call(s -> s.save(d, "127.0.0.1"));
        int version = as.<CampaignData>call(s -> s.find(id)).version();
        as.call(s -> s.start(id, version, "127.0.0.1"));
        await(id, st -> st.state() == CampaignState.COMPLETED, 60);
        List<String> sms = fx.sms(subscriber);
        assertEquals(1, sms.size(), String.valueOf(sms));
        assertTrue(sms.get(0).startsWith("Istanze OnLine: Anna0, Procedura CMP-IT-P1 chiude il "), sms.get(0));
        assertTrue(fx.sms(other).isEmpty(), "not opted in: no SMS");
    }

    // ---- schedule -----------------------------------------------------------------------------------

    @Test
    @Order(16)
    void aScheduledCampaignStartsAtItsTime() {
        CampaignData d = campaign("Programmata ZT", CampaignKind.SERVICE, "ZT", null, 500);
        long id = as.<Long>call(s -> s.save(d, "127.0.0.1"));
        int version = as.<CampaignData>call(s -> s.find(id)).version();
        assertEquals("scheduledAt", assertThrows(CampaignRejected.class,
                () -> as.run(s -> s.schedule(id, version, Instant.now().minusSeconds(60), "127.0.0.1"))).field());
        as.run(s -> s.schedule(id, version, Instant.now().plusSeconds(2), "127.0.0.1"));
        assertEquals(CampaignState.SCHEDULED, stats(id).state());
        sleep(2500);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (stats(id).state() == CampaignState.SCHEDULED && System.nanoTime() < deadline) {
            scheduler.startDue();
            sleep(200);
        }
        CampaignStats done = await(id, st -> st.state() == CampaignState.COMPLETED, 60);
        assertEquals(20, done.sent());
        assertEquals(1, fx.audited("CAMPAIGN_SCHEDULED", String.valueOf(id)));
        assertEquals(1, fx.audited("CAMPAIGN_STARTED", String.valueOf(id)));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private CampaignStats stats(long id) {
        return as.call(s -> s.stats(id));
    }

    private long count(Segment segment, String province, String role, Long procedure, Integer hours, CampaignKind kind) {
        return as.<Long>call(s -> s.count(new SegmentQuery.Params(segment, province, role, procedure, hours), kind));
    }

    private static CampaignData campaign(String name, CampaignKind kind, String province, Long procedure, int rate) {
        boolean proc = procedure != null;
        return new CampaignData(null, name, kind, Segment.PROVINCE, province, null, procedure, null,
                proc ? "Avviso per {{nome}}: {{procedure}}" : "Avviso per {{nome}}",
                proc ? "Gentile {{nome}},\nla procedura {{procedure}} chiude il {{deadline}}.\n{{link}}"
                        : "Gentile {{nome}},\nun avviso.\n{{link}}",
                proc ? "Notice for {{nome}}: {{procedure}}" : "Notice for {{nome}}",
                proc ? "Dear {{nome}},\nthe procedure {{procedure}} closes on {{deadline}}.\n{{link}}"
                        : "Dear {{nome}},\na notice.\n{{link}}",
                null, rate, 20, null, 0);
    }

    private CampaignStats await(long id, Predicate<CampaignStats> done, int seconds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CampaignStats st = stats(id);
        while (!done.test(st)) {
            if (System.nanoTime() > deadline) {
                fail("campaign " + id + " not there within " + seconds + " s: " + st);
            }
            sleep(100);
            st = stats(id);
        }
        return st;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
