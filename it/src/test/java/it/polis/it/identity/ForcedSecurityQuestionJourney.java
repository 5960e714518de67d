package it.polis.it.identity;

import it.polis.it.support.Browser;
import it.polis.it.support.Browsers;
import it.polis.it.support.Mails;
import it.polis.it.support.TestPortal;
import it.polis.platform.demo.TestCitizens;
import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Client side of {@link ForcedSecurityQuestionIT}: the browser part, in the test JVM only. */
final class ForcedSecurityQuestionJourney {

    private ForcedSecurityQuestionJourney() {
    }

    static void run(String channel) throws Exception {
        TestPortal portal = TestPortal.get();
        String[] who = citizenFrom(portal, channel);
        String username = who[0];
        String cf = who[1];
        Browser browser = Browsers.open(portal);
        try {
            SignInIT.signIn(browser, username, TestCitizens.PASSWORD);
            assertTrue(browser.currentUrl().endsWith("/account/first-access.xhtml"), browser.currentUrl());
            assertEquals("NEW_QUESTION", browser.find(By.id("firstAccessPage")).getAttribute("data-mode"));
            assertTrue(browser.h1().contains("Nuova domanda di sicurezza"), browser.h1());
            browser.open("/area/home.xhtml");
            assertTrue(browser.currentUrl().endsWith("/account/first-access.xhtml"), "nothing else before the question");
            assertTrue(browser.find(By.cssSelector("label[for='firstAccess:temporaryCode']")).getText()
                    .contains("Codice personale attuale"));

            browser.type(By.id("firstAccess:temporaryCode"), "NonIlMioCodice1");
            browser.click(By.id("firstAccess:checkTemporary"));
            assertTrue(browser.text().contains("attuale non è corretto"), browser.text());
            browser.type(By.id("firstAccess:temporaryCode"), TestCitizens.PERSONAL_CODE);
            browser.click(By.id("firstAccess:checkTemporary"));
            assertEquals(0, browser.findAll(By.id("firstAccess:newCode")).size(), "no new personal code asked");
            browser.type(By.id("firstAccess:question"), "Il mio quartiere di nascita");
            browser.type(By.id("firstAccess:answer"), "Trastevere");
            browser.click(By.id("firstAccess:complete"));
            assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());

            // The new question is the one used for recovery; the personal code did not change.
            browser.open("/area/services/cp-recover.xhtml");
            browser.type(By.id("cpRecover:cf"), cf);
            browser.click(By.id("cpRecover:checkCf"));
            assertEquals("Il mio quartiere di nascita", browser.find(By.id("securityQuestion")).getText());
            browser.open("/area/services/cp-change.xhtml");
            PersonalCodeServicesIT.changeCode(browser, TestCitizens.PERSONAL_CODE, "DopoDomanda2027", "DopoDomanda2027");
            assertEquals(1, browser.findAll(By.id("cpChanged")).size(), browser.text());
            assertTrue(browser.pagesChecked() > 0);
        } finally {
            browser.close();
        }
    }

    private static String[] citizenFrom(TestPortal portal, String channel) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<MimeMessage> got = portal.mail().messagesFor(channel);
            if (!got.isEmpty()) {
                String text = Mails.text(got.get(got.size() - 1)).strip();
                return text.split("\\R")[0].trim().split(" ");
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The in-container step sent no citizen through the mail catcher");
    }
}
