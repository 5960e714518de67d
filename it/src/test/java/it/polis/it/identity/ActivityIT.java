package it.polis.it.identity;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import it.polis.platform.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The citizen's account activity page, from the audit log. */
@ExtendWith(PortalExtension.class)
class ActivityIT {

    static List<WebElement> rows(Browser browser) {
        return browser.findAll(By.cssSelector("#activity\\:table tbody tr"));
    }

    static String cell(WebElement row, int column) {
        return row.findElements(By.tagName("td")).get(column).getText();
    }

    @Test
    void showsSignInsAndThePasswordChangeNewestFirst(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), "non-la-password-giusta");
        assertTrue(RecoveryIT.signInRefused(browser));
        PasswordChangeIT.openChangePage(browser, c);
        String chosen = "Frase per vedere le attivit\u00e0 " + System.nanoTime();
        PasswordChangeIT.change(browser, c.password(), chosen, chosen);
        assertEquals(1, browser.findAll(By.id("passwordChanged")).size(), browser.text());

        browser.open("/area/home.xhtml");
        browser.click(By.id("menuActivity"));
        assertTrue(browser.currentUrl().endsWith("/area/services/activity.xhtml"), browser.currentUrl());
        List<WebElement> rows = rows(browser);
        assertTrue(rows.size() >= 3, browser.text());
        assertTrue(cell(rows.get(0), 1).contains("Password modificata"), cell(rows.get(0), 1));
        assertEquals("Tu", cell(rows.get(0), 2));
        assertTrue(cell(rows.get(1), 1).startsWith("Accesso"), cell(rows.get(1), 1));
        assertTrue(cell(rows.get(2), 1).contains("Accesso non riuscito"), cell(rows.get(2), 1));
        assertTrue(cell(rows.get(2), 1).contains("Password errata"), cell(rows.get(2), 1));
        assertTrue(cell(rows.get(1), 3).matches("[0-9a-f:.]+"), "the address of the sign-in: " + cell(rows.get(1), 3));
        assertTrue(cell(rows.get(0), 0).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}"), cell(rows.get(0), 0));
    }

    @Test
    void showsWhichSchoolLookedTheRegistrationUpAndRecoveriesByOthers(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, "RMIC81200D", DemoLogins.SCHOOL_PASSWORD);
        browser.open("/school/identify.xhtml");
        browser.type(By.id("identify:query"), c.cf());
        browser.click(By.id("identify:search"));
        browser.waitFor(java.time.Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("person")).isEmpty());
        RecoveryIT.signOut(browser);
        RecoveryIT.forgotPassword(browser, c.username(), RecoveryIT.unknownCf());

        SignInIT.signIn(browser, c.username(), c.password());
        browser.open("/area/services/activity.xhtml");
        String page = browser.text();
        assertTrue(page.contains("Registrazione consultata per l'identificazione"), page);
        assertTrue(page.contains("Segreteria della scuola") && page.contains("(RMIC81200D)"), page);
        assertTrue(page.contains("Richiesta di password temporanea con dati non corrispondenti"), page);
        assertTrue(page.contains("Richiesta senza accesso"), page);
        assertTrue(page.contains("Altra operazione: test citizen created"),
                "an action without a label still shows: " + page);
    }

    @Test
    void isInEnglishForEnglishReaders(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        browser.open("/area/services/activity.xhtml?lang=en");
        assertEquals("Account activity", browser.h1());
        assertTrue(browser.text().contains("Sign-in"), browser.text());
        assertTrue(browser.text().contains("You"), browser.text());
    }
}
