package it.polis.it.platform;

import it.polis.it.support.Browser;
import it.polis.it.support.Http;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unknown pages, failures and expired views end on a friendly page, never a stack trace. */
@ExtendWith(PortalExtension.class)
class ErrorPagesIT {

    @Test
    void unknownPageGetsTheFriendly404(TestPortal portal) {
        var response = Http.get(portal.url("/no/such/page.xhtml"));
        assertEquals(404, response.statusCode());
        assertFriendly(response.body());
        var other = Http.get(portal.url("/no-such-resource.png"));
        assertEquals(404, other.statusCode());
        assertFriendly(other.body());
    }

    @Test
    void unexpectedFailureGetsTheFriendly500WithoutStackTrace(TestPortal portal) {
        var response = Http.get(portal.url("/dev/fail"));
        assertEquals(500, response.statusCode());
        assertFriendly(response.body());
        assertFalse(response.body().contains("IllegalStateException"));
        assertFalse(response.body().contains("Deliberate failure"));
    }

    @Test
    void errorPagesSpeakTheUsersLanguage(TestPortal portal) {
        var response = Http.get(portal.url("/no/such/page.xhtml"), "Accept-Language", "en");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("lang=\"en\""));
    }

    @Test
    void errorPagesPassTheAccessibilityCheck(Browser browser) {
        browser.open("/no/such/page.xhtml");
        assertTrue(browser.findAll(By.id("errorPage")).size() == 1);
        browser.open("/dev/fail");
        assertTrue(browser.findAll(By.id("errorPage")).size() == 1);
        assertEquals(2, browser.pagesChecked());
    }

    @Test
    void expiredViewGetsTheFriendlyPageAndKeepsNothingBroken(Browser browser) {
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), "mario.rossi");
        // The session (and with it the server-side view state) is gone, as after a long pause.
        browser.deleteCookie("JSESSIONID");
        browser.click(By.id("login:submit"));
        assertEquals(1, browser.findAll(By.id("errorPage")).size(), browser.text());
        assertTrue(browser.h1().contains("scaduta"), browser.h1());
        // The page offers a way back: reloading gives a working form again.
        browser.click(By.linkText("Ricarica la pagina"));
        assertEquals(1, browser.findAll(By.id("login:username")).size());
    }

    @Test
    void forgedPostGetsAFriendlyPage(TestPortal portal) {
        var response = Http.post(portal.url("/login.xhtml"),
                "login=login&login%3Ausername=x&jakarta.faces.ViewState=forged");
        assertTrue(response.statusCode() < 500 || response.body().contains("id=\"errorPage\""),
                "status " + response.statusCode());
        assertFriendly(response.body());
    }

    static void assertFriendly(String body) {
        assertTrue(body.contains("id=\"errorPage\""), body);
        assertFalse(body.contains("at it.polis"), "no stack trace");
        assertFalse(body.contains("at org."), "no stack trace");
        assertFalse(body.contains("Payara Server"), "no server banner");
        assertTrue(body.contains("Ministero dell'Istruzione e del Merito") || body.contains("Ministry of Education"));
    }
}
