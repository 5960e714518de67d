package it.polis.it.identity;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.Mails;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Change password from the service functions of the personal area. */
@ExtendWith(PortalExtension.class)
class PasswordChangeIT {

    static void openChangePage(Browser browser, Citizens.TestCitizen c) {
        SignInIT.signIn(browser, c.username(), c.password());
        browser.click(By.id("menuPassword"));
        assertTrue(browser.currentUrl().endsWith("/area/services/password.xhtml"), browser.currentUrl());
    }

    static void change(Browser browser, String current, String newPassword, String again) {
        browser.type(By.id("password:current"), current);
        browser.type(By.id("password:newPassword"), newPassword);
        browser.type(By.id("password:newPasswordAgain"), again);
        browser.click(By.id("password:save"));
    }

    @Test
    void theCitizenChangesThePasswordAndIsToldByEmail(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        openChangePage(browser, c);
        String chosen = "Nuova frase per il portale " + System.nanoTime();
        change(browser, c.password(), chosen, chosen);
        assertEquals(1, browser.findAll(By.id("passwordChanged")).size(), browser.text());
        MimeMessage mail = Mails.await(portal, c.email(), "password \u00e8 stata cambiata");
        assertTrue(Mails.text(mail).contains(c.username()), Mails.text(mail));
        assertTrue(Mails.text(mail).contains("/recover/password.xhtml"), "tells what to do if it was not the owner");

        RecoveryIT.signOut(browser);
        SignInIT.signIn(browser, c.username(), c.password());
        assertTrue(RecoveryIT.signInRefused(browser), "the old password no longer works");
        SignInIT.signIn(browser, c.username(), chosen);
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());
    }

    @Test
    void aWrongCurrentPasswordIsRefusedWithAMessage(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        openChangePage(browser, c);
        String chosen = "Nuova frase per il portale " + System.nanoTime();
        change(browser, "non-la-password-attuale", chosen, chosen);
        assertTrue(browser.text().contains("La password attuale non \u00e8 corretta."), browser.text());
        assertEquals(0, browser.findAll(By.id("passwordChanged")).size());

        RecoveryIT.signOut(browser);
        SignInIT.signIn(browser, c.username(), chosen);
        assertTrue(RecoveryIT.signInRefused(browser), "nothing changed");
        SignInIT.signIn(browser, c.username(), c.password());
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());
    }

    @Test
    void theNewPasswordMustFollowTheRulesAndBeTypedTwiceAlike(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        openChangePage(browser, c);
        change(browser, c.password(), "Prima frase lunga abbastanza", "Seconda frase lunga abbastanza");
        assertTrue(browser.text().contains("Le due password nuove non coincidono."), browser.text());
        change(browser, c.password(), "breve", "breve");
        assertTrue(browser.text().contains("almeno 12 caratteri"), browser.text());
        change(browser, c.password(), c.password(), c.password());
        assertTrue(browser.text().contains("diversa da quella attuale"), browser.text());
        String withSurname = "La famiglia " + c.familyName() + " al completo";
        change(browser, c.password(), withSurname, withSurname);
        assertTrue(browser.text().contains("codice fiscale o il cognome"), browser.text());
        assertEquals(0, browser.findAll(By.id("passwordChanged")).size());
        assertEquals("true", browser.find(By.id("password:newPassword")).getAttribute("aria-invalid"),
                "the message belongs to the field");
    }
}
