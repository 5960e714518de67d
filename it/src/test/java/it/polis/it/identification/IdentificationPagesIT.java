package it.polis.it.identification;

import it.polis.it.support.Browser;
import it.polis.it.support.PortalExtension;
import it.polis.platform.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secretariat's identification pages: search (not found, empty, a person who cannot be
 * identified), the school's list of identifications, and the area closed to citizens. The
 * identification itself (register, confirm the email, identify) is covered by the full journey.
 */
@ExtendWith(PortalExtension.class)
class IdentificationPagesIT {

    static final String SCHOOL = "RMIC81200D";
    /** Valid codice fiscale (Laura Bianchi, Milano, 1 August 1985) of nobody registered. */
    static final String UNKNOWN_CF = "BNCLRA85M41F205C";

    static void signIn(Browser browser, String username, String password) {
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.cssSelector("input[type=password]"), password);
        browser.click(By.id("login:submit"));
    }

    static void search(Browser browser, String query) {
        browser.type(By.id("identify:query"), query);
        browser.click(By.id("identify:search"));
    }

    @Test
    void schoolHomeLinksToBothPages(Browser browser) {
        signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/school/home.xhtml"), browser.currentUrl());
        browser.click(By.id("goIdentify"));
        assertTrue(browser.currentUrl().contains("/school/identify.xhtml"), browser.currentUrl());
        browser.open("/school/home.xhtml");
        browser.click(By.id("goIdentifications"));
        assertTrue(browser.currentUrl().contains("/school/identifications.xhtml"), browser.currentUrl());
    }

    @Test
    void searchSaysWhenNothingIsFoundAndAsksForAQuery(Browser browser) {
        signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        browser.open("/school/identify.xhtml");
        WebElement query = browser.find(By.id("identify:query"));
        assertNotNull(query.getAttribute("autofocus"), "the search field takes the scanner's input at once");
        assertEquals("identify:query", browser.driver().switchTo().activeElement().getAttribute("id"));
        assertTrue(browser.find(By.cssSelector("label[for='identify:query']")).getText()
                .contains("Codice fiscale, numero di registrazione o codice QR del modulo"));

        search(browser, UNKNOWN_CF);
        assertEquals(1, browser.findAll(By.id("notFound")).size(), "neutral not-found message");
        assertTrue(browser.find(By.id("notFound")).getText().contains("Nessuna registrazione"),
                browser.find(By.id("notFound")).getText());
        assertEquals(0, browser.findAll(By.id("person")).size());
        assertEquals(UNKNOWN_CF, browser.find(By.id("identify:query")).getAttribute("value"), "query kept");
        browser.checkAccessibility();

        browser.find(By.id("identify:query")).clear();
        browser.click(By.id("identify:search"));
        String message = browser.find(By.id("identify:queryMessage")).getText();
        assertTrue(message.contains("Inserisci il codice fiscale"), message);
        assertEquals("true", browser.find(By.id("identify:query")).getAttribute("aria-invalid"));
        assertEquals(0, browser.findAll(By.id("notFound")).size());
        browser.checkAccessibility();
    }

    @Test
    void enterInTheSearchFieldSearches(Browser browser) {
        signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        browser.open("/school/identify.xhtml");
        browser.type(By.id("identify:query"), UNKNOWN_CF + "\n");
        browser.waitFor(java.time.Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("notFound")).isEmpty());
    }

    @Test
    void anAlreadyActiveAccountIsShownButCannotBeIdentifiedAgain(Browser browser) {
        signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        browser.open("/school/identify.xhtml");
        search(browser, DemoLogins.CITIZEN_CF.toLowerCase());
        assertEquals(1, browser.findAll(By.id("person")).size(), "the registration is found");
        assertEquals(DemoLogins.CITIZEN_CF, browser.find(By.id("personCf")).getText());
        assertEquals("Mario", browser.find(By.id("personGivenName")).getText());
        assertEquals("Rossi", browser.find(By.id("personFamilyName")).getText());
        assertEquals("01/01/1980", browser.find(By.id("personBirthDate")).getText());
        assertEquals("Roma", browser.find(By.id("personBirthPlace")).getText());
        assertEquals("Maschio", browser.find(By.id("personSex")).getText());
        assertEquals("R2026-DEMO001", browser.find(By.id("personRegistrationNumber")).getText());
        assertTrue(browser.find(By.id("notIdentifiable")).getText().contains("gi\u00e0 attivo"),
                browser.find(By.id("notIdentifiable")).getText());
        assertEquals(0, browser.findAll(By.id("identify:confirm")).size(), "no form for an active account");
        assertEquals(0, browser.findAll(By.id("identify:refuse")).size());
        browser.checkAccessibility();

        search(browser, "R2026-DEMO001");
        assertEquals(DemoLogins.CITIZEN_CF, browser.find(By.id("personCf")).getText(), "found by registration number");
    }

    @Test
    void identificationsTableRendersForTheSchool(Browser browser) {
        signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        browser.open("/school/identifications.xhtml");
        assertTrue(browser.h1().contains("Identificazioni"), browser.h1());
        WebElement table = browser.find(By.cssSelector("[id='identifications:table'] table"));
        List<WebElement> headers = table.findElements(By.cssSelector("thead th"));
        assertEquals(5, headers.size());
        for (WebElement th : headers) {
            assertEquals("col", th.getAttribute("scope"), th.getText());
        }
        assertFalse(table.getAttribute("aria-describedby").isBlank(), "table summary for screen readers");
        assertTrue(table.findElements(By.cssSelector("tbody tr")).size() >= 1, "rows or the empty message");
    }

    @Test
    void citizensCannotOpenTheIdentificationPages(Browser browser) {
        signIn(browser, DemoLogins.CITIZEN_USERNAME, DemoLogins.CITIZEN_PASSWORD);
        browser.open("/school/identify.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size(), "a citizen is refused the school area");
        assertEquals(0, browser.findAll(By.id("identify:query")).size());
        browser.open("/school/identifications.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size());
    }
}
