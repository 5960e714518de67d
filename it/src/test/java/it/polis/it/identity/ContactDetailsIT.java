package it.polis.it.identity;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.Http;
import it.polis.it.support.Mails;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contact data in the browser: a new address is used only after its link (single use, expiring,
 * confirmed by a click), the old primary address is told of a change, bad input gets messages.
 */
@ExtendWith(PortalExtension.class)
class ContactDetailsIT {

    static final String CONFIRM_SUBJECT = "conferma il nuovo indirizzo email";
    static final String LINK = "(https?://\\S+/account/email-confirm\\.xhtml\\?token=\\S+)";

    static String unique(String tag) {
        return tag + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    }

    static void openContacts(Browser browser) {
        browser.open("/area/home.xhtml");
        browser.click(By.id("menuContacts"));
        assertTrue(browser.currentUrl().contains("/area/services/contacts.xhtml"), browser.currentUrl());
    }

    static void addEmail(Browser browser, String address, boolean makePrimary) {
        browser.type(By.id("addEmail:newEmail"), address);
        if (makePrimary) {
            browser.click(By.id("addEmail:makePrimary"));
        }
        browser.click(By.id("addEmail:addButton"));
    }

    static WebElement row(Browser browser, String address) {
        List<WebElement> rows = browser.findAll(By.cssSelector("tr.email-row[data-address='" + address + "']"));
        assertEquals(1, rows.size(), "one row for " + address + " in: " + browser.text());
        return rows.get(0);
    }

    static String confirmLink(TestPortal portal, String address) {
        MimeMessage mail = Mails.await(portal, address, CONFIRM_SUBJECT);
        return Mails.find(mail, LINK);
    }

    @Test
    void aNewAddressIsUsedOnlyOnceConfirmedAndItsLinkWorksOnce(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        openContacts(browser);
        WebElement primary = row(browser, c.email());
        assertEquals("true", primary.getAttribute("data-primary"));
        assertEquals("VERIFIED", primary.getAttribute("data-status"), "the account's email is the verified primary one");

        String extra = unique("ulteriore");
        addEmail(browser, extra, false);
        assertTrue(browser.text().contains("collegamento di conferma"), browser.text());
        assertEquals("PENDING", row(browser, extra).getAttribute("data-status"));
        assertTrue(row(browser, extra).findElements(By.cssSelector(".action-primary")).isEmpty(),
                "an unconfirmed address cannot become primary");

        String link = confirmLink(portal, extra);
        MimeMessage mail = Mails.await(portal, extra, CONFIRM_SUBJECT);
        assertTrue(Mails.text(mail).contains(extra), "the mail names the address");

        // Opening the link changes nothing (mail scanners): only the button confirms.
        browser.open(link);
        assertEquals("PENDING", browser.find(By.id("outcome")).getAttribute("data-outcome"));
        browser.click(By.id("confirm:confirmButton"));
        assertTrue(browser.find(By.id("confirmed")).getText().contains(extra), browser.text());

        browser.open(link);
        browser.click(By.id("confirm:confirmButton"));
        assertEquals(1, browser.findAll(By.id("alreadyUsed")).size(), "single use: " + browser.text());

        openContacts(browser);
        assertEquals("VERIFIED", row(browser, extra).getAttribute("data-status"));
        assertEquals("false", row(browser, extra).getAttribute("data-primary"));
    }

    @Test
    void changingThePrimaryAddressTellsTheOldOne(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        openContacts(browser);
        String newPrimary = unique("nuova");
        addEmail(browser, newPrimary, false);
        browser.open(confirmLink(portal, newPrimary));
        browser.click(By.id("confirm:confirmButton"));
        assertEquals(1, browser.findAll(By.id("confirmed")).size(), browser.text());

        openContacts(browser);
        row(browser, newPrimary).findElement(By.cssSelector(".action-primary")).click();
        browser.waitFor(java.time.Duration.ofSeconds(10)).until(d -> browser.text().contains("Indirizzo principale cambiato"));
        browser.checkAccessibility();
        assertEquals("true", row(browser, newPrimary).getAttribute("data-primary"));
        assertEquals("false", row(browser, c.email()).getAttribute("data-primary"), "the old one stays as a further address");

        MimeMessage told = Mails.await(portal, c.email(), "indirizzo email principale è cambiato");
        String text = Mails.text(told);
        assertTrue(text.contains(c.username()), text);
        assertTrue(text.contains(newPrimary.charAt(0) + "***@example.net"), "masked new address: " + text);

        browser.open("/area/home.xhtml");
        assertTrue(browser.find(By.id("accountData")).getText().contains(newPrimary), "the account now uses it");

        // Remove the old address, now a further one.
        openContacts(browser);
        row(browser, c.email()).findElement(By.cssSelector(".action-remove")).click();
        browser.waitFor(java.time.Duration.ofSeconds(10)).until(d -> browser.text().contains("Indirizzo rimosso"));
        assertTrue(browser.findAll(By.cssSelector("tr.email-row[data-address='" + c.email() + "']")).isEmpty());
        assertTrue(row(browser, newPrimary).findElements(By.cssSelector(".action-remove")).isEmpty(),
                "the primary address cannot be removed");
    }

    @Test
    void anAddressAddedAsPrimaryBecomesPrimaryOnConfirmation(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        openContacts(browser);
        String replacement = unique("sostituto");
        addEmail(browser, replacement, true);
        assertEquals("PENDING", row(browser, replacement).getAttribute("data-status"));
        assertEquals("true", row(browser, c.email()).getAttribute("data-primary"), "unchanged until confirmed");
        browser.open(confirmLink(portal, replacement));
        browser.click(By.id("confirm:confirmButton"));
        assertEquals(1, browser.findAll(By.id("becamePrimary")).size(), browser.text());
        Mails.await(portal, c.email(), "indirizzo email principale è cambiato");
        openContacts(browser);
        assertEquals("true", row(browser, replacement).getAttribute("data-primary"));
    }

    @Test
    void anExpiredOrUnknownLinkIsExplained(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        openContacts(browser);
        String late = unique("tardi");
        addEmail(browser, late, false);
        String link = confirmLink(portal, late);
        shiftClock(portal, "PT73H");
        try {
            browser.open(link);
            browser.click(By.id("confirm:confirmButton"));
            assertEquals(1, browser.findAll(By.id("expired")).size(), browser.text());
        } finally {
            shiftClock(portal, "PT0S");
        }
        openContacts(browser);
        assertEquals("PENDING", row(browser, late).getAttribute("data-status"), "an expired link confirms nothing");

        // A new link from the page works.
        row(browser, late).findElement(By.cssSelector(".action-resend")).click();
        browser.waitFor(java.time.Duration.ofSeconds(10)).until(d -> browser.text().contains("nuovo collegamento"));
        MimeMessage second = Mails.await(portal, late, CONFIRM_SUBJECT, 2);
        browser.open(Mails.find(second, LINK));
        browser.click(By.id("confirm:confirmButton"));
        assertEquals(1, browser.findAll(By.id("confirmed")).size(), browser.text());

        browser.open("/account/email-confirm.xhtml?token=not-a-real-token");
        browser.click(By.id("confirm:confirmButton"));
        assertEquals(1, browser.findAll(By.id("unknownLink")).size());
        browser.open("/account/email-confirm.xhtml");
        assertEquals(1, browser.findAll(By.id("unknownLink")).size(), "no token at all");
    }

    @Test
    void badInputGetsMessagesNextToTheFields(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        openContacts(browser);

        addEmail(browser, "non-un-indirizzo", false);
        assertTrue(browser.find(By.id("addEmail:newEmailMessage")).getText().contains("non valido"), browser.text());
        addEmail(browser, c.email().toUpperCase(), false);
        assertTrue(browser.find(By.id("addEmail:newEmailMessage")).getText().contains("già tra i tuoi"), browser.text());

        for (int i = 1; i <= 3; i++) {
            addEmail(browser, unique("extra" + i), false);
            assertTrue(browser.findAll(By.id("addEmail:newEmailMessage")).isEmpty()
                    || browser.find(By.id("addEmail:newEmailMessage")).getText().isBlank(), browser.text());
        }
        addEmail(browser, unique("troppi"), false);
        assertTrue(browser.find(By.id("addEmail:newEmailMessage")).getText().contains("numero massimo"), browser.text());
        assertEquals(4, browser.findAll(By.cssSelector("tr.email-row")).size());

        browser.type(By.id("details:mobilePhone"), "06 1234567");
        browser.type(By.id("details:street"), "Via Roma 1");
        browser.type(By.id("details:postcode"), "0014");
        browser.type(By.id("details:comune"), "Roma");
        browser.type(By.id("details:province"), "Roma");
        browser.click(By.id("details:saveDetails"));
        assertTrue(browser.find(By.id("details:mobilePhoneMessage")).getText().contains("cellulare non valido"),
                browser.text());
        assertTrue(browser.find(By.id("details:postcodeMessage")).getText().contains("CAP non valido"), browser.text());
        assertTrue(browser.find(By.id("details:provinceMessage")).getText().contains("sigla"), browser.text());
        assertEquals("details:postcodeMessage", browser.find(By.id("details:postcode"))
                .getAttribute("aria-describedby"));

        browser.type(By.id("details:mobilePhone"), "333 123 4567");
        browser.type(By.id("details:postcode"), "00144");
        browser.type(By.id("details:province"), "rm");
        browser.click(By.id("details:saveDetails"));
        assertTrue(browser.text().contains("Dati salvati"), browser.text());

        openContacts(browser);
        assertEquals("+393331234567", browser.find(By.id("details:mobilePhone")).getAttribute("value"));
        assertEquals("RM", browser.find(By.id("details:province")).getAttribute("value"));
        assertEquals("00144", browser.find(By.id("details:postcode")).getAttribute("value"));

        // A foreign address follows its own rules.
        browser.type(By.id("details:postcode"), "SW1A 1AA");
        browser.type(By.id("details:province"), "Greater London");
        browser.type(By.id("details:comune"), "London");
        browser.type(By.id("details:country"), "Regno Unito");
        browser.click(By.id("details:saveDetails"));
        assertTrue(browser.text().contains("Dati salvati"), browser.text());
    }

    @Test
    void thePagesNeedASignedInCitizen(TestPortal portal) {
        var r = Http.get(portal.url("/area/services/contacts.xhtml"));
        assertTrue(r.statusCode() == 302 || r.statusCode() == 200 && r.body().contains("login"), "status " + r.statusCode());
        assertFalse(r.body().contains("emailTable"));
    }

    static void shiftClock(TestPortal portal, String offset) {
        RegistrationJourneyIT.shiftClock(portal, offset);
    }
}
