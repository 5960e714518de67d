package it.polis.it.identity;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.Http;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.Sms;
import it.polis.it.support.TestPortal;
import it.polis.tools.mail.MailCatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.security.SecureRandom;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SMS information service in the browser: the phone is verified with a one-time code read from the
 * SMS the portal sends (recorded by the local catcher), then topics are chosen and dropped.
 */
@ExtendWith(PortalExtension.class)
class SmsServiceIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh Italian mobile number: as typed, and in international form. */
    private static String[] newNumber() {
        String digits = String.format("%07d", RANDOM.nextInt(10_000_000));
        return new String[] {"339 " + digits, "+39339" + digits};
    }

    private static void setPhone(Browser browser, String typed) {
        ContactDetailsIT.openContacts(browser);
        browser.type(By.id("details:mobilePhone"), typed);
        browser.click(By.id("details:saveDetails"));
        assertTrue(browser.text().contains("Dati salvati"), browser.text());
    }

    private static void openSms(Browser browser) {
        browser.open("/area/home.xhtml");
        browser.click(By.id("menuSms"));
        assertTrue(browser.currentUrl().contains("/area/services/sms.xhtml"), browser.currentUrl());
    }

    private static void typeCode(Browser browser, String code) {
        browser.type(By.id("verify:code"), code);
        browser.click(By.id("verify:checkCode"));
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static List<String> checkedTopics(Browser browser) {
        return browser.findAll(By.cssSelector("#topics input[type=checkbox]")).stream()
                .filter(e -> e.isSelected()).map(e -> e.getAttribute("value")).sorted().toList();
    }

    private static void tick(Browser browser, String topic) {
        browser.find(By.cssSelector("#topics input[type=checkbox][value='" + topic + "']")).click();
    }

    @Test
    void thePhoneIsVerifiedWithTheCodeThenTopicsAreChosenAndDropped(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        openSms(browser);
        assertEquals(1, browser.findAll(By.id("noPhone")).size(), browser.text());

        // No opt-in before the phone is verified.
        tick(browser, "DEADLINES");
        browser.click(By.id("topics:saveTopics"));
        assertTrue(browser.find(By.id("topics:topicChoiceMessage")).getText().contains("verifica prima il cellulare"),
                browser.text());
        assertEquals(List.of(), checkedTopicsAfterReload(browser));

        String[] number = newNumber();
        setPhone(browser, number[0]);
        openSms(browser);
        assertEquals(number[1], browser.find(By.id("phoneNumber")).getText());
        assertEquals("false", browser.find(By.id("phoneState")).getAttribute("data-verified"));
        browser.click(By.id("verify:sendCode"));
        assertTrue(browser.text().contains("codice di 6 cifre"), browser.text());

        MailCatcher.Sms sms = Sms.await(portal, number[1]);
        assertTrue(sms.text().startsWith("Istanze OnLine: il codice di verifica"), sms.text());
        String code = Sms.code(sms);
        typeCode(browser, wrong(code));
        assertTrue(browser.find(By.id("verify:codeMessage")).getText().contains("Tentativi rimasti: 4"), browser.text());
        typeCode(browser, code);
        assertTrue(browser.text().contains("Numero verificato"), browser.text());
        assertEquals("true", browser.find(By.id("phoneState")).getAttribute("data-verified"));
        assertTrue(browser.findAll(By.id("verify:sendCode")).isEmpty(), "nothing more to verify");

        tick(browser, "DEADLINES");
        tick(browser, "RANKINGS");
        browser.click(By.id("topics:saveTopics"));
        assertTrue(browser.text().contains("Scelte salvate"), browser.text());
        assertEquals(List.of("DEADLINES", "RANKINGS"), checkedTopicsAfterReload(browser));

        tick(browser, "DEADLINES");
        browser.click(By.id("topics:saveTopics"));
        assertEquals(List.of("RANKINGS"), checkedTopicsAfterReload(browser), "opted out of one topic");

        // The catcher's page lists the SMS too.
        String page = Http.get(portal.mail().url() + "sms").body();
        assertTrue(page.contains(number[1]), page);

        // A new number must be verified again.
        String[] other = newNumber();
        setPhone(browser, other[0]);
        openSms(browser);
        assertEquals("false", browser.find(By.id("phoneState")).getAttribute("data-verified"));
    }

    @Test
    void fiveWrongCodesSpendTheCodeAndANewOneComesOnlyAfterAWhile(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        String[] number = newNumber();
        setPhone(browser, number[0]);
        openSms(browser);
        browser.click(By.id("verify:sendCode"));
        String code = Sms.code(Sms.await(portal, number[1]));
        for (int i = 1; i <= 4; i++) {
            typeCode(browser, wrong(code));
            assertTrue(browser.find(By.id("verify:codeMessage")).getText().contains("Tentativi rimasti: " + (5 - i)),
                    browser.text());
        }
        typeCode(browser, wrong(code));
        assertTrue(browser.text().contains("Troppi tentativi errati"), browser.text());
        assertTrue(browser.findAll(By.id("verify:code")).isEmpty(), "no code to type any more");

        browser.click(By.id("verify:sendCode"));
        assertTrue(browser.text().contains("attendi prima di chiederne un altro"), "resend limited: " + browser.text());
        assertEquals(1, Sms.all(portal, number[1]).size());

        RegistrationJourneyIT.shiftClock(portal, "PT2M");
        try {
            browser.click(By.id("verify:sendCode"));
            assertTrue(browser.text().contains("codice di 6 cifre"), browser.text());
            String second = Sms.code(Sms.await(portal, number[1], 2));
            typeCode(browser, code.equals(second) ? wrong(second) : code);
            assertTrue(browser.find(By.id("verify:codeMessage")).getText().contains("Codice errato"),
                    "the old code is spent: " + browser.text());
            typeCode(browser, second);
            assertTrue(browser.text().contains("Numero verificato"), browser.text());
        } finally {
            RegistrationJourneyIT.shiftClock(portal, "PT0S");
        }
        assertFalse(browser.findAll(By.id("phoneState")).isEmpty());
        assertEquals("true", browser.find(By.id("phoneState")).getAttribute("data-verified"));
    }

    private static List<String> checkedTopicsAfterReload(Browser browser) {
        openSms(browser);
        return checkedTopics(browser);
    }
}
