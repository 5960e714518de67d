package it.polis.it.applications;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.Mails;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static it.polis.it.applications.RetirementSteps.DEMO_RETIREMENT;
import static it.polis.it.applications.RetirementSteps.PROTOCOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retirement application from the catalogue to the emailed receipt: draft in steps, check page,
 * submit with the personal code (wrong one first), receipt PDF by mail, public verify page, archive,
 * back-and-resubmit, withdraw and resubmit, validation messages, pending citizens refused.
 */
@ExtendWith(PortalExtension.class)
class RetirementApplicationIT {

    @Test
    void fromCatalogueToVerifiedReceipt(Browser browser, TestPortal portal) throws Exception {
        Citizens.TestCitizen c = Citizens.active(portal);
        RetirementSteps.signIn(browser, c);
        browser.click(By.id("menuApplications"));
        assertTrue(browser.currentUrl().contains("/area/applications/catalogue.xhtml"), browser.currentUrl());
        assertTrue(browser.find(By.id("openSection")).getText().contains("Cessazioni dal servizio personale scolastico 2027"));
        assertTrue(browser.find(By.id("closedSection")).getText().contains("Cessazioni dal servizio personale scolastico 2026"));
        assertTrue(browser.find(By.id("upcomingSection")).getText().contains("Mobilità personale ATA 2027/28"));
        assertTrue(browser.find(By.cssSelector("li[data-code='" + DEMO_RETIREMENT + "'] .remaining")).getText()
                .contains("mancano"), "remaining time shown");

        RetirementSteps.apply(browser, DEMO_RETIREMENT);
        // Automatic save: a change is stored without pressing any button.
        new Select(browser.find(By.id("app:retirementKind"))).selectByValue("ANTICIPATA");
        browser.waitFor(java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.find(By.id("app:saveStatusText")).getText().startsWith("Bozza salvata"));
        String id = RetirementSteps.applicationId(browser);
        browser.open("/area/applications/form.xhtml?id=" + id + "&step=1");
        assertEquals("ANTICIPATA", new Select(browser.find(By.id("app:retirementKind")))
                .getFirstSelectedOption().getAttribute("value"), "the automatic save kept the choice");

        RetirementSteps.fillAll(browser);
        assertEquals("Pensione di vecchiaia", browser.find(By.id("value-retirementKind")).getText());
        assertEquals("RMIC81200D", browser.find(By.id("value-currentSchool")).getText());
        List<WebElement> changes = browser.findAll(By.cssSelector("a.change-link"));
        assertEquals(3, changes.size());
        assertTrue(changes.get(1).getAttribute("href").contains("step=2"), changes.get(1).getAttribute("href"));

        // Wrong personal code: clear message on the field, nothing submitted, draft kept.
        RetirementSteps.submit(browser, "Sbagliato99");
        assertTrue(browser.currentUrl().contains("/area/applications/check.xhtml"), browser.currentUrl());
        assertTrue(browser.find(By.id("check:personalCodeMessage")).getText().contains("codice personale non è corretto"));
        browser.open("/area/applications/mine.xhtml");
        assertEquals("DRAFT", browser.find(By.cssSelector("tr[data-application='" + id + "']")).getAttribute("data-state"));

        browser.open("/area/applications/check.xhtml?id=" + id);
        RetirementSteps.submit(browser, c.personalCode());
        assertTrue(browser.currentUrl().contains("/area/applications/detail.xhtml"), browser.currentUrl());
        assertTrue(browser.text().contains("Istanza inoltrata"), browser.text());
        String protocol = browser.find(By.id("protocol")).getText();
        assertTrue(PROTOCOL.matcher(protocol).matches(), protocol);
        assertEquals("SUBMITTED", browser.find(By.id("state")).getAttribute("data-state"));

        // Back to the check page and submit again: the same submission, no new protocol.
        browser.back();
        if (browser.findAll(By.id("check:personalCode")).size() == 1) {
            RetirementSteps.submit(browser, c.personalCode());
            assertEquals(protocol, browser.find(By.id("protocol")).getText());
        }

        MimeMessage mail = RetirementSteps.receiptMail(portal, c, 1);
        assertTrue(Mails.subject(mail).contains(protocol), Mails.subject(mail));
        byte[] pdf = RetirementSteps.pdfAttachment(mail);
        assertNotNull(pdf, "the receipt PDF is attached");
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        String verify = Mails.find(mail, "(http\\S+/verify\\.xhtml\\?p=\\S+&h=[0-9a-f]{64})");

        // The verify page is public: an anonymous visitor (the QR code scanned by anybody).
        browser.click(By.id("signOut:signOutButton"));
        browser.open(verify);
        assertEquals("MATCHES", browser.find(By.id("verdict")).getAttribute("data-verdict"));
        assertFalse(browser.text().contains(c.cf()), "the verify page shows no personal data");
        assertFalse(browser.text().contains(c.familyName()), "the verify page shows no personal data");
        String tampered = verify.substring(0, verify.length() - 1) + (verify.endsWith("0") ? "1" : "0");
        browser.open(tampered);
        assertEquals("NO_MATCH", browser.find(By.id("verdict")).getAttribute("data-verdict"));

        // Archive: "my applications" lists the protocol and the receipt, the same PDF as mailed.
        RetirementSteps.signIn(browser, c);
        browser.open("/area/applications/mine.xhtml");
        WebElement row = browser.find(By.cssSelector("tr[data-application='" + id + "']"));
        assertEquals(protocol, row.findElement(By.cssSelector(".protocol")).getText());
        assertEquals(1, row.findElements(By.cssSelector("a.receipt-link")).size());

        browser.open("/area/applications/detail.xhtml?id=" + id);
        String timeline = browser.find(By.id("timeline")).getText();
        for (String step : new String[] {"Istanza creata", "Bozza salvata", "Istanza inoltrata", "Ricevuta inviata"}) {
            assertTrue(timeline.contains(step), timeline);
        }
        assertEquals(1, browser.findAll(By.cssSelector("#timeline li[data-kind='SUBMITTED']")).size(), timeline);
        assertEquals(1, Mails.matching(portal.mail(), c.email(), RetirementSteps.RECEIPT_SUBJECT).size());
    }

    @Test
    void withdrawBeforeTheCloseAndResubmitGetsANewProtocol(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        RetirementSteps.signIn(browser, c);
        RetirementSteps.apply(browser, DEMO_RETIREMENT);
        String id = RetirementSteps.applicationId(browser);
        RetirementSteps.fillAll(browser);
        RetirementSteps.submit(browser, c.personalCode());
        String first = browser.find(By.id("protocol")).getText();
        assertTrue(PROTOCOL.matcher(first).matches(), first);
        String firstVerify = Mails.find(RetirementSteps.receiptMail(portal, c, 1),
                "(http\\S+/verify\\.xhtml\\?p=\\S+&h=[0-9a-f]{64})");

        browser.open("/area/applications/detail.xhtml?id=" + id);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.confirm=function(){return true;}");
        browser.click(By.id("detail:withdraw"));
        assertTrue(browser.text().contains("Inoltro annullato"), browser.text());
        assertEquals("DRAFT", browser.find(By.id("state")).getAttribute("data-state"));
        assertEquals(1, browser.findAll(By.cssSelector("#submissions tr[data-state='ANNULLED']")).size());
        assertEquals(1, browser.findAll(By.cssSelector("#timeline li[data-kind='WITHDRAWN']")).size());

        browser.open(firstVerify);
        assertEquals("MATCHES_WITHDRAWN", browser.find(By.id("verdict")).getAttribute("data-verdict"));

        browser.open("/area/applications/check.xhtml?id=" + id);
        RetirementSteps.submit(browser, c.personalCode());
        String second = browser.find(By.id("protocol")).getText();
        assertTrue(PROTOCOL.matcher(second).matches(), second);
        assertNotEquals(first, second, "a new protocol number");
        assertEquals(2, browser.findAll(By.cssSelector("#submissions tbody tr")).size());
        MimeMessage secondMail = RetirementSteps.receiptMail(portal, c, 2);
        assertTrue(Mails.subject(secondMail).contains(second), Mails.subject(secondMail));
    }

    @Test
    void everyBadInputGetsAClearMessage(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        RetirementSteps.signIn(browser, c);
        RetirementSteps.apply(browser, DEMO_RETIREMENT);
        String id = RetirementSteps.applicationId(browser);

        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:retirementKindMessage")).getText().contains("Compila questo campo"));
        assertTrue(browser.find(By.id("app:staffRoleMessage")).getText().contains("Compila questo campo"));
        assertEquals("1", stepOf(browser), "stays on the step");

        new Select(browser.find(By.id("app:retirementKind"))).selectByValue("DIMISSIONI");
        new Select(browser.find(By.id("app:staffRole"))).selectByValue("ATA");
        browser.click(By.id("app:next"));
        RetirementSteps.setValue(browser, By.id("app:leaveDate"), "2031-03-15");
        browser.type(By.id("app:currentSchool"), "XX");
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:leaveDateMessage")).getText().contains("1° settembre"),
                browser.find(By.id("app:leaveDateMessage")).getText());
        assertTrue(browser.find(By.id("app:currentSchoolMessage")).getText().contains("10 caratteri"));
        assertEquals("XX", browser.find(By.id("app:currentSchool")).getAttribute("value"), "what was typed is kept");

        RetirementSteps.setValue(browser, By.id("app:leaveDate"), "2001-09-01");
        browser.type(By.id("app:currentSchool"), "RMIC81200D");
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:leaveDateMessage")).getText().contains("data futura"));

        RetirementSteps.setValue(browser, By.id("app:leaveDate"), RetirementSteps.leaveDate());
        browser.click(By.id("app:next"));
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:declTruthfulMessage")).getText().contains("necessaria"));
        assertTrue(browser.find(By.id("app:declPrivacyMessage")).getText().contains("necessaria"));

        // The check page of an incomplete draft shows what is missing and no submit button.
        browser.open("/area/applications/check.xhtml?id=" + id);
        assertEquals(1, browser.findAll(By.id("incomplete")).size());
        assertEquals(0, browser.findAll(By.id("check:submit")).size());
        assertEquals(3, browser.findAll(By.cssSelector(".problem")).size(), browser.text());
        assertEquals("declarations", browser.find(By.cssSelector(".problem")).findElement(By.xpath("./ancestor::section"))
                .getAttribute("data-step"));

        // Someone else's application is not found.
        Citizens.TestCitizen other = Citizens.active(portal);
        browser.click(By.id("signOut:signOutButton"));
        RetirementSteps.signIn(browser, other);
        browser.open("/area/applications/detail.xhtml?id=" + id);
        assertEquals(1, browser.findAll(By.id("errorPage")).size(), "another person's application is not shown");
    }

    @Test
    void aCitizenWaitingForIdentificationCannotApply(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.awaitingIdentification(portal);
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), c.username());
        browser.type(By.cssSelector("input[type=password]"), c.password());
        browser.click(By.id("login:submit"));
        browser.open("/area/applications/catalogue.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size(), "refused by the server");
        assertTrue(browser.h1().contains("Accesso non consentito"), browser.h1());
    }

    private static String stepOf(Browser browser) {
        var m = java.util.regex.Pattern.compile("(?i)passo (\\d)").matcher(browser.find(By.id("stepIndicator")).getText());
        return m.find() ? m.group(1) : "";
    }
}
