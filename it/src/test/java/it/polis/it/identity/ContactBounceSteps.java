package it.polis.it.identity;

import it.polis.it.support.Browser;
import it.polis.it.support.Browsers;
import it.polis.it.support.Citizens;
import it.polis.it.support.TestPortal;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Client-side steps of {@link ContactBounceIT} (kept out of the test class, which is also deployed in
 * the container where the browser and the catcher classes do not exist). State between steps lives
 * here, in the test JVM.
 */
final class ContactBounceSteps {

    private static String username;
    private static String password;
    private static String primary;

    private ContactBounceSteps() {
    }

    /** A fresh citizen with two further addresses: one confirmed, one not. */
    static void citizenWithAConfirmedAndAPendingAddress(String confirmed, String pending) {
        TestPortal portal = TestPortal.get();
        Citizens.TestCitizen c = Citizens.active(portal);
        username = c.username();
        password = c.password();
        primary = c.email();
        Browser browser = Browsers.open(portal);
        try {
            SignInIT.signIn(browser, username, password);
            assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), "no bounce yet: " + browser.currentUrl());
            ContactDetailsIT.openContacts(browser);
            ContactDetailsIT.addEmail(browser, confirmed, false);
            ContactDetailsIT.addEmail(browser, pending, false);
            browser.open(ContactDetailsIT.confirmLink(portal, confirmed));
            browser.click(By.id("confirm:confirmButton"));
            assertEquals(1, browser.findAll(By.id("confirmed")).size(), browser.text());
            ContactDetailsIT.confirmLink(portal, pending); // sent, never opened
        } finally {
            browser.close();
        }
    }

    /** After the bounce: the next sign-in leads to the contacts page once, and the area stays reachable. */
    static void nextSignInAsksToFixTheBouncedAddress(String bounced) {
        TestPortal portal = TestPortal.get();
        Browser browser = Browsers.open(portal);
        try {
            SignInIT.signIn(browser, username, password);
            assertTrue(browser.currentUrl().contains("/area/services/contacts.xhtml"), browser.currentUrl());
            assertEquals(1, browser.findAll(By.id("attention")).size(), browser.text());
            assertEquals("BOUNCED", ContactDetailsIT.row(browser, bounced).getAttribute("data-status"));
            assertTrue(ContactDetailsIT.row(browser, bounced).getText().contains("Non recapitabile"));
            assertEquals("VERIFIED", ContactDetailsIT.row(browser, primary).getAttribute("data-status"));

            browser.click(By.id("continueToArea"));
            assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), "not blocked: " + browser.currentUrl());
            browser.open("/area/home.xhtml");
            assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), "once per session");

            // The contacts page keeps a notice until the address is fixed.
            ContactDetailsIT.openContacts(browser);
            assertEquals(1, browser.findAll(By.id("bouncedNotice")).size(), browser.text());
            ContactDetailsIT.row(browser, bounced).findElement(By.cssSelector(".action-remove")).click();
            browser.waitFor(java.time.Duration.ofSeconds(10)).until(d -> d.findElements(By.id("bouncedNotice")).isEmpty());
        } finally {
            browser.close();
        }
        // Fixed: a new sign-in goes straight to the area.
        Browser again = Browsers.open(portal);
        try {
            SignInIT.signIn(again, username, password);
            assertTrue(again.currentUrl().endsWith("/area/home.xhtml"), again.currentUrl());
        } finally {
            again.close();
        }
    }
}
