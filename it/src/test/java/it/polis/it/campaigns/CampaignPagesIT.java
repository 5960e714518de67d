package it.polis.it.campaigns;

import it.polis.it.support.Browser;
import it.polis.it.support.Http;
import it.polis.it.support.Mails;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import it.polis.platform.demo.DemoLogins;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;

import static it.polis.it.identity.SignInIT.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The campaign manager's pages in the browser (axe on every page): the editor counts the audience,
 * previews with a real recipient's data, sends a test to the operator and starts the campaign; the
 * console follows it to the end and pauses, resumes and cancels another one; the unsubscribe link of an
 * informational message works for the citizen; other operators are refused.
 */
@ExtendWith(PortalExtension.class)
class CampaignPagesIT {

    private static final String MANAGER = "campagne";
    private static final String MANAGER_MAIL = "campagne@ministero.polis.test";

    private static void signInAsManager(Browser browser) {
        signIn(browser, MANAGER, DemoLogins.OPERATOR_PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/ministry/home.xhtml"), browser.currentUrl());
    }

    private static void select(Browser browser, String id, String value) {
        new Select(browser.find(By.id(id))).selectByValue(value);
    }

    /** Opens the console (a GET, never a form resubmission) until the campaign is in the state; ends on it. */
    private static void awaitState(Browser browser, String consoleUrl, String state, int seconds) {
        browser.waitFor(Duration.ofSeconds(seconds)).until(d -> {
            d.get(consoleUrl);
            return state.equals(d.findElement(By.cssSelector("[data-state]")).getAttribute("data-state"));
        });
        browser.open(consoleUrl);
    }

    private static String errors(Browser browser) {
        return browser.text();
    }

    @Test
    void editorCountsPreviewsTestsAndStartsThenTheConsoleFollowsIt(Browser browser, TestPortal portal) {
        CampaignBench.audience(portal, "web", "cmp-web.example.net", 3, "ZW");
        signInAsManager(browser);
        browser.click(By.id("menuCampaigns"));
        assertEquals("Campagne email", browser.h1());
        browser.click(By.id("newCampaign"));
        assertEquals("Nuova campagna", browser.h1());

        // bad input: clear messages on the fields, nothing saved
        browser.type(By.id("campaign:rate"), "molti");
        browser.click(By.id("campaign:save"));
        assertTrue(browser.find(By.id("campaign:rateMessage")).getText().contains("numero intero"), errors(browser));
        browser.type(By.id("campaign:rate"), "50");
        browser.click(By.id("campaign:save"));
        assertTrue(browser.find(By.id("campaign:nameMessage")).getText().contains("nome della campagna"), errors(browser));

        browser.type(By.id("campaign:name"), "Avviso ai cittadini ZW");
        select(browser, "campaign:kind", "SERVICE");
        select(browser, "campaign:segment", "PROVINCE");
        browser.type(By.id("campaign:province"), "R1");
        browser.click(By.id("campaign:count"));
        assertTrue(browser.find(By.id("campaign:provinceMessage")).getText().contains("due lettere"), errors(browser));
        browser.type(By.id("campaign:province"), "zw");
        browser.click(By.id("campaign:count"));
        assertEquals("3", browser.find(By.id("audienceCount")).getAttribute("data-count"));

        browser.type(By.id("campaign:subjectIt"), "Avviso per {{nome}}");
        browser.type(By.id("campaign:bodyIt"), "Gentile {{nome}},\nil Ministero ti informa.\n{{link}}");
        browser.type(By.id("campaign:subjectEn"), "Notice for {{nome}}");
        browser.type(By.id("campaign:bodyEn"), "Dear {{nome}},\nthe ministry informs you.\n{{link}}");
        browser.type(By.id("campaign:bodyEn"), "Dear {{name}}");
        browser.click(By.id("campaign:showPreview"));
        assertTrue(browser.find(By.id("campaign:bodyEnMessage")).getText().contains("segnaposto sconosciuto"), errors(browser));
        browser.type(By.id("campaign:bodyEn"), "Dear {{nome}},\nthe ministry informs you.\n{{link}}");

        browser.type(By.id("campaign:previewUser"), "nessuno.tale");
        browser.click(By.id("campaign:showPreview"));
        assertTrue(browser.find(By.id("campaign:previewUserMessage")).getText().contains("Nessun cittadino"), errors(browser));
        browser.type(By.id("campaign:previewUser"), "");
        browser.click(By.id("campaign:showPreview"));
        assertEquals("Avviso per Anna0", browser.find(By.id("previewSubjectIt")).getText());
        assertEquals("Notice for Anna0", browser.find(By.id("previewSubjectEn")).getText());
        assertTrue(browser.find(By.id("previewTextIt")).getText().contains("Gentile Anna0,"));

        browser.click(By.id("campaign:testSend"));
        assertTrue(browser.text().contains("Prova inviata a " + MANAGER_MAIL), browser.text());
        MimeMessage test = Mails.await(portal, MANAGER_MAIL, "[PROVA] Avviso per Anna0");
        assertTrue(Mails.text(test).contains("Gentile Anna0,"), Mails.text(test));
        Mails.await(portal, MANAGER_MAIL, "[TEST] Notice for Anna0");
        assertTrue(CampaignMailbox.campaignMail(portal.mail(), "web0@cmp-web.example.net").isEmpty(), "a test goes to me only");

        browser.click(By.id("campaign:startNow"));
        assertEquals("Console della campagna: Avviso ai cittadini ZW", browser.h1());
        assertEquals("3", browser.find(By.id("audience")).getText());
        String console = browser.currentUrl();
        awaitState(browser, console, "COMPLETED", 60);
        assertEquals("3", browser.find(By.id("sent")).getText());
        assertEquals("100", browser.find(By.id("progress")).getAttribute("value"));
        for (int i = 0; i < 3; i++) {
            assertEquals(1, CampaignMailbox.campaignMail(portal.mail(), "web" + i + "@cmp-web.example.net").size());
        }

        browser.click(By.id("console:back"));
        assertEquals("COMPLETED", browser.find(By.xpath("//table[@id='campaigns']//tr[th[normalize-space()='Avviso ai cittadini ZW']]"))
                .getAttribute("data-state"));
    }

    @Test
    void theConsolePausesResumesAndCancels(Browser browser, TestPortal portal) {
        CampaignBench.audience(portal, "slow", "cmp-slow.example.net", 40, "ZS");
        long id = CampaignBench.start(portal, "Lenta", "ZS", 2, "SERVICE");
        signInAsManager(browser);
        browser.open("/ministry/campaigns/console.xhtml?id=" + id);
        assertEquals("RUNNING", browser.find(By.cssSelector("[data-state]")).getAttribute("data-state"));
        browser.click(By.id("console:pause"));
        assertTrue(browser.text().contains("Pausa richiesta"), browser.text());
        String console = portal.url("/ministry/campaigns/console.xhtml?id=" + id);
        awaitState(browser, console, "PAUSED", 20);
        long sent = Long.parseLong(browser.find(By.id("sent")).getText());
        assertTrue(sent < 40);
        browser.click(By.id("console:resume"));
        assertTrue(browser.text().contains("Invio ripreso"), browser.text());
        assertEquals("RUNNING", browser.find(By.cssSelector("[data-state]")).getAttribute("data-state"));

        browser.click(By.id("console:cancel"));
        assertTrue(browser.find(By.id("console:cancelConfirmedMessage")).getText().contains("Confermo"), browser.text());
        browser.click(By.id("console:cancelConfirmed"));
        browser.click(By.id("console:cancel"));
        awaitState(browser, console, "CANCELLED", 20);
        long sentAtEnd = Long.parseLong(browser.find(By.id("sent")).getText());
        long cancelled = Long.parseLong(browser.find(By.id("cancelled")).getText());
        assertEquals(40, sentAtEnd + cancelled, "every recipient sent or cancelled");
        assertTrue(cancelled > 0);
        assertTrue(browser.findAll(By.id("console:resume")).isEmpty());
        assertTrue(browser.findAll(By.id("console:pause")).isEmpty());
    }

    @Test
    void theUnsubscribeLinkOfAnInformationalMessageWorks(Browser browser, TestPortal portal) throws Exception {
        CampaignBench.audience(portal, "info", "cmp-info.example.net", 2, "ZI");
        long id = CampaignBench.start(portal, "Informativa", "ZI", 50, "INFORMATIONAL");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"COMPLETED".equals(CampaignBench.status(portal, id).get("state")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<MimeMessage> got = CampaignMailbox.campaignMail(portal.mail(), "info0@cmp-info.example.net");
        assertEquals(1, got.size());
        String header = got.get(0).getHeader("List-Unsubscribe", null);
        String url = header.substring(1, header.length() - 1);
        browser.open(url);
        assertEquals("Disiscrizione dalle comunicazioni informative", browser.h1());
        assertEquals("Informativa", browser.find(By.id("campaign")).getText());
        browser.click(By.id("unsubscribe:confirm"));
        assertTrue(browser.text().contains("non riceverai più comunicazioni informative"), browser.text());
        browser.open(url);
        assertTrue(browser.find(By.id("already")).isDisplayed());
        browser.open(url.replace("t=", "t=9"));
        assertTrue(browser.text().contains("Il collegamento non è valido"), browser.text());

        // one click (RFC 8058): the mail program posts to the header's link
        String other = CampaignMailbox.campaignMail(portal.mail(), "info1@cmp-info.example.net").get(0)
                .getHeader("List-Unsubscribe", null);
        String otherUrl = other.substring(1, other.length() - 1);
        assertEquals(200, Http.post(otherUrl, "List-Unsubscribe=One-Click").statusCode());
        assertEquals(400, Http.post(otherUrl.replace("t=", "t=9"), "List-Unsubscribe=One-Click").statusCode());
        browser.open(otherUrl);
        assertTrue(browser.find(By.id("already")).isDisplayed());
        assertEquals("2", CampaignBench.status(portal, id).getOrDefault("sent", "0"));
    }

    @Test
    void otherOperatorsCannotOpenTheCampaignPages(Browser browser) {
        signIn(browser, "helpdesk", DemoLogins.OPERATOR_PASSWORD);
        assertTrue(browser.findAll(By.id("menuCampaigns")).isEmpty());
        browser.open("/ministry/campaigns/list.xhtml");
        assertEquals("Accesso non consentito", browser.h1());
    }
}
