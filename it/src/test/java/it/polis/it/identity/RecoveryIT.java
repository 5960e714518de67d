package it.polis.it.identity;

import it.polis.identity.cf.CodiceFiscaleCalculator;
import it.polis.identity.cf.PersonalData;
import it.polis.identity.cf.Sex;
import it.polis.it.support.Browser;
import it.polis.it.support.Captchas;
import it.polis.it.support.Citizens;
import it.polis.it.support.Http;
import it.polis.it.support.Mails;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forgot user name and forgot password from the sign-in page: the mails, the temporary password's
 * rules (old password kept until it is used, forced change, single use, expiry), the limits, and
 * the same answer whatever exists.
 */
@ExtendWith(PortalExtension.class)
class RecoveryIT {

    static final String TEMPORARY = "([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})";
    static final String TEMPORARY_SUBJECT = "password temporanea";
    static final String RESET_SUBJECT = "reimpostazione della password";

    static void forgotUsername(Browser browser, String cf) {
        browser.open("/recover/username.xhtml");
        browser.type(By.id("username:cf"), cf);
        Captchas.solve(browser);
        browser.click(By.id("username:send"));
    }

    static void forgotPassword(Browser browser, String username, String cf) {
        browser.open("/recover/password.xhtml");
        browser.type(By.id("password:username"), username);
        browser.type(By.id("password:cf"), cf);
        Captchas.solve(browser);
        browser.click(By.id("password:send"));
    }

    /** The temporary password of the n-th "forgot password" mail to the citizen. */
    static String temporaryPassword(TestPortal portal, Citizens.TestCitizen c, int n) {
        return Mails.find(Mails.await(portal, c.email(), TEMPORARY_SUBJECT, n), TEMPORARY);
    }

    static void signOut(Browser browser) {
        browser.click(By.id("signOut:signOutButton"));
    }

    static boolean signInRefused(Browser browser) {
        return browser.currentUrl().contains("/login.xhtml") && !browser.findAll(By.cssSelector(".alert-danger")).isEmpty();
    }

    /**
     * The whole answer page as served, apart from what differs between any two requests: the view
     * state and every field's value (the echoed input, the captcha's fresh challenge). Two answers
     * that are equal here cannot tell whether an account exists.
     */
    static String answerPage(Browser browser) {
        return browser.driver().getPageSource()
                .replaceAll("value=\"[^\"]*\"", "value=\"\"")
                .replaceAll("(challenge[a-z]*)=\"[^\"]*\"", "$1=\"\"");
    }

    /** A well-formed codice fiscale that no account has. */
    static String unknownCf() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String family = "Nessuno" + (char) ('B' + r.nextInt(20)) + (char) ('B' + r.nextInt(20)) + (char) ('B' + r.nextInt(20));
        return CodiceFiscaleCalculator.compute(new PersonalData(family, "Quintino",
                LocalDate.of(1930 + r.nextInt(20), 1 + r.nextInt(12), 1 + r.nextInt(28)), Sex.MALE, "F205")).value();
    }

    @Test
    void theSignInPageLinksToBothRecoveries(Browser browser) {
        browser.open("/login.xhtml");
        browser.click(By.id("forgotUsername"));
        assertTrue(browser.currentUrl().endsWith("/recover/username.xhtml"), browser.currentUrl());
        assertEquals("Hai dimenticato il nome utente?", browser.h1());
        browser.open("/login.xhtml");
        browser.click(By.id("forgotPassword"));
        assertTrue(browser.currentUrl().endsWith("/recover/password.xhtml"), browser.currentUrl());
        assertEquals("Hai dimenticato la password?", browser.h1());
    }

    @Test
    void forgotUserNameMailsTheUserNameAndAnUnknownCfGetsTheSamePage(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        forgotUsername(browser, c.cf().toLowerCase());
        assertEquals(1, browser.findAll(By.id("recoverySent")).size());
        String known = browser.text();
        String knownPage = answerPage(browser);
        MimeMessage mail = Mails.await(portal, c.email(), "il tuo nome utente");
        assertEquals(c.username(), Mails.find(mail, "Il tuo nome utente \u00e8: (\\S+)"));

        forgotUsername(browser, unknownCf());
        assertEquals(1, browser.findAll(By.id("recoverySent")).size());
        assertEquals(known, browser.text(), "the same page whether or not the CF is registered");
        assertEquals(knownPage, answerPage(browser), "the same markup whether or not the CF is registered");
    }

    @Test
    void aMalformedCfIsExplainedAndNothingIsSent(Browser browser) {
        browser.open("/recover/username.xhtml");
        browser.type(By.id("username:cf"), "RSSMRA80A01H501X");
        Captchas.solve(browser);
        browser.click(By.id("username:send"));
        assertEquals(0, browser.findAll(By.id("recoverySent")).size());
        assertTrue(browser.text().contains("non \u00e8 scritto correttamente"), browser.text());
    }

    @Test
    void forgotPasswordAnswersTheSameForEveryCombination(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        Citizens.TestCitizen other = Citizens.active(portal);
        forgotPassword(browser, c.username(), c.cf());
        String matching = browser.text();
        String matchingPage = answerPage(browser);
        forgotPassword(browser, c.username(), other.cf());
        assertEquals(matching, browser.text(), "existing user name with another person's CF");
        forgotPassword(browser, "nessuno.proprio" + System.nanoTime(), unknownCf());
        assertEquals(matching, browser.text(), "unknown user name");
        assertEquals(matchingPage, answerPage(browser), "unknown user name: the same markup");
        forgotPassword(browser, c.username(), unknownCf());
        assertEquals(matching, browser.text(), "existing user name with an unknown CF");

        // Only the matching request sent anything, to the owner: a temporary password and the notice.
        Mails.await(portal, c.email(), TEMPORARY_SUBJECT);
        Mails.await(portal, c.email(), RESET_SUBJECT);
        assertEquals(1, Mails.matching(portal.mail(), c.email(), TEMPORARY_SUBJECT).size());
        assertEquals(0, Mails.matching(portal.mail(), other.email(), TEMPORARY_SUBJECT).size());
    }

    @Test
    void theRecoveryPagesAnswerPlainRequestsAlike(TestPortal portal) {
        var username = Http.get(portal.url("/recover/username.xhtml"));
        var password = Http.get(portal.url("/recover/password.xhtml"));
        assertEquals(200, username.statusCode());
        assertEquals(200, password.statusCode());
        assertTrue(username.body().contains("altcha"), "the anti-robot check is on the page");
        assertTrue(password.body().contains("altcha"));
    }

    @Test
    void theOldPasswordKeepsWorkingAndCancelsTheTemporaryOne(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        forgotPassword(browser, c.username(), c.cf());
        String temporary = temporaryPassword(portal, c, 1);
        MimeMessage notice = Mails.await(portal, c.email(), RESET_SUBJECT);
        assertTrue(Mails.text(notice).contains("la tua password continua a funzionare"), Mails.text(notice));
        assertFalse(Mails.text(notice).contains(temporary), "the notice does not carry the temporary password");

        SignInIT.signIn(browser, c.username(), c.password());
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), "old password still works: " + browser.currentUrl());
        signOut(browser);

        SignInIT.signIn(browser, c.username(), temporary);
        assertTrue(signInRefused(browser), "the temporary password was cancelled by the sign-in with the old one");
    }

    @Test
    void theTemporaryPasswordForcesANewPasswordAndWorksOnce(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        forgotPassword(browser, c.username(), c.cf());
        String first = temporaryPassword(portal, c, 1);
        forgotPassword(browser, c.username(), c.cf());
        String temporary = temporaryPassword(portal, c, 2);
        assertNotEquals(first, temporary);

        SignInIT.signIn(browser, c.username(), first);
        assertTrue(signInRefused(browser), "a new request replaces the previous temporary password");

        // typed in lower case and without dashes, as people do
        SignInIT.signIn(browser, c.username(), temporary.toLowerCase().replace("-", ""));
        assertTrue(browser.currentUrl().endsWith("/account/password-change.xhtml"), browser.currentUrl());
        for (String page : new String[] {"/area/home.xhtml", "/area/services/activity.xhtml", "/area/services/password.xhtml"}) {
            browser.open(page);
            assertTrue(browser.currentUrl().endsWith("/account/password-change.xhtml"),
                    page + " leads to the change first: " + browser.currentUrl());
        }

        browser.type(By.id("passwordChange:newPassword"), "Una nuova frase segreta");
        browser.type(By.id("passwordChange:newPasswordAgain"), "Una nuova frase diversa");
        browser.click(By.id("passwordChange:save"));
        assertTrue(browser.text().contains("non coincidono"), browser.text());
        browser.type(By.id("passwordChange:newPassword"), "corta");
        browser.type(By.id("passwordChange:newPasswordAgain"), "corta");
        browser.click(By.id("passwordChange:save"));
        assertTrue(browser.text().contains("almeno 12 caratteri"), browser.text());
        assertTrue(browser.currentUrl().contains("/account/password-change.xhtml"));

        String chosen = "Una nuova frase segreta " + System.nanoTime();
        browser.type(By.id("passwordChange:newPassword"), chosen);
        browser.type(By.id("passwordChange:newPasswordAgain"), chosen);
        browser.click(By.id("passwordChange:save"));
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());
        browser.open("/area/services/activity.xhtml");
        assertTrue(browser.currentUrl().endsWith("/area/services/activity.xhtml"), "free to go once changed");
        Mails.await(portal, c.email(), "password \u00e8 stata cambiata");
        signOut(browser);

        SignInIT.signIn(browser, c.username(), temporary);
        assertTrue(signInRefused(browser), "the temporary password works once");
        SignInIT.signIn(browser, c.username(), c.password());
        assertTrue(signInRefused(browser), "the old password stopped working when the temporary one was used");
        SignInIT.signIn(browser, c.username(), chosen);
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());
    }

    @Test
    void aPendingCitizenIsAlsoForcedToChangeTheTemporaryPassword(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.awaitingIdentification(portal);
        forgotPassword(browser, c.username(), c.cf());
        SignInIT.signIn(browser, c.username(), temporaryPassword(portal, c, 1));
        assertTrue(browser.currentUrl().endsWith("/account/password-change.xhtml"), browser.currentUrl());
        browser.open("/account/status.xhtml");
        assertTrue(browser.currentUrl().endsWith("/account/password-change.xhtml"), browser.currentUrl());
        String chosen = "Frase scelta in attesa " + System.nanoTime();
        browser.type(By.id("passwordChange:newPassword"), chosen);
        browser.type(By.id("passwordChange:newPasswordAgain"), chosen);
        browser.click(By.id("passwordChange:save"));
        assertTrue(browser.currentUrl().endsWith("/account/status.xhtml"), browser.currentUrl());
    }

    @Test
    void anExpiredTemporaryPasswordIsRefused(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        forgotPassword(browser, c.username(), c.cf());
        String temporary = temporaryPassword(portal, c, 1);
        shiftClock(portal, "PT25H");
        try {
            SignInIT.signIn(browser, c.username(), temporary);
            assertTrue(signInRefused(browser), "expired after 24 hours");
            SignInIT.signIn(browser, c.username(), c.password());
            assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), "the old password still works");
        } finally {
            shiftClock(portal, "PT0S");
        }
    }

    @Test
    void overTheLimitTheAnswerIsTheSameAndNoMailIsSent(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        for (int i = 1; i <= 3; i++) {
            forgotPassword(browser, c.username(), c.cf());
        }
        String served = browser.text();
        Mails.await(portal, c.email(), TEMPORARY_SUBJECT, 3);
        forgotPassword(browser, c.username(), c.cf());
        assertEquals(served, browser.text(), "a limited request gets the same answer");
        forgotUsername(browser, c.cf());
        assertEquals(1, browser.findAll(By.id("recoverySent")).size());

        // A mail queued after the limited requests arrives; the limited ones never do.
        SignInIT.signIn(browser, c.username(), c.password());
        browser.open("/area/services/password.xhtml");
        String chosen = "Dopo il limite " + System.nanoTime();
        browser.type(By.id("password:current"), c.password());
        browser.type(By.id("password:newPassword"), chosen);
        browser.type(By.id("password:newPasswordAgain"), chosen);
        browser.click(By.id("password:save"));
        Mails.await(portal, c.email(), "password \u00e8 stata cambiata");
        sleep(3000);
        assertEquals(3, Mails.matching(portal.mail(), c.email(), TEMPORARY_SUBJECT).size());
        assertEquals(0, Mails.matching(portal.mail(), c.email(), "il tuo nome utente").size());
    }

    static void shiftClock(TestPortal portal, String offset) {
        var response = Http.post(portal.url("/dev/clock?offset=" + offset), "");
        assertEquals(200, response.statusCode(), response.body());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
