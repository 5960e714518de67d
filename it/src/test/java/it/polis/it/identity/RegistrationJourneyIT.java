package it.polis.it.identity;

import it.polis.identity.cf.CodiceFiscaleCalculator;
import it.polis.identity.cf.PersonalData;
import it.polis.identity.cf.Sex;
import it.polis.it.support.Browser;
import it.polis.it.support.Captchas;
import it.polis.it.support.EnrolmentForms;
import it.polis.it.support.Http;
import it.polis.it.support.Mails;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import it.polis.platform.demo.DemoLogins;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The journey every user goes through, in a real browser against the real portal: register, read
 * the mail, confirm, download the enrolment form and read its QR code, identification by a school
 * secretariat, activation mail, first sign-in with the temporary personal code, personal area.
 * Plus the ways it goes wrong: back on review, expired and reused links, duplicate CF, CF mismatch,
 * refused or expired document, lock-out.
 */
@ExtendWith(PortalExtension.class)
class RegistrationJourneyIT {

    private static final AtomicInteger SEQ = new AtomicInteger();
    static final String PASSWORD = "una frase lunga e sicura";

    /** A person whose codice fiscale matches their data (born in Rome), unique per call. */
    record Person(String givenName, String familyName, LocalDate birthDate, Sex sex, String email, String cf) {
        static Person next(String tag) {
            int n = SEQ.incrementAndGet();
            String family = "Verdi" + "abcdefghij".charAt(n % 10) + tag;
            String given = "Anna";
            LocalDate birth = LocalDate.of(1985, 1 + n % 12, 1 + n % 27);
            String cf = CodiceFiscaleCalculator.compute(new PersonalData(family, given, birth, Sex.FEMALE, "H501")).value();
            return new Person(given, family, birth, Sex.FEMALE, "anna." + tag.toLowerCase() + n + "@example.org", cf);
        }
    }

    @Test
    void fromRegistrationToThePersonalArea(Browser browser, TestPortal portal) throws Exception {
        Person p = Person.next("Journey");
        fillRegistration(browser, p);

        // Review, then back: everything typed is still there.
        assertEquals(p.cf(), browser.find(By.id("reviewCf")).getText());
        assertEquals("Roma", browser.find(By.id("reviewPlace")).getText());
        browser.click(By.id("review:back"));
        assertEquals(p.givenName(), browser.find(By.id("details:givenName")).getAttribute("value"));
        assertEquals(p.email(), browser.find(By.id("details:email")).getAttribute("value"));
        browser.click(By.id("details:next"));
        browser.click(By.id("review:confirm"));
        assertTrue(browser.find(By.id("registrationSent")).getText().contains(p.email()));

        // One email: link, user name, temporary personal code.
        MimeMessage mail = Mails.await(portal, p.email(), "conferma la tua registrazione");
        String link = Mails.find(mail, "(https?://\\S+/register/confirm\\.xhtml\\?token=\\S+)");
        String username = Mails.find(mail, "nome utente è: (\\S+)");
        String temporaryCode = Mails.find(mail, "temporaneo è: (\\S+)");
        assertEquals(1, Mails.matching(portal.mail(), p.email(), "").size(), "exactly one email");

        // Confirm by the link (a click on the page, so mail scanners do not use it up).
        browser.open(link);
        browser.click(By.id("confirm:confirmButton"));
        assertTrue(browser.find(By.id("confirmed")).getText().contains(username));
        browser.open(link);
        browser.click(By.id("confirm:confirmButton"));
        assertEquals(1, browser.findAll(By.id("alreadyConfirmed")).size(), "a reused link says so");

        // Before activation: the status page and the enrolment form with its QR code.
        SignInIT.signIn(browser, username, PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/account/status.xhtml"), browser.currentUrl());
        String qr = EnrolmentForms.downloadAndReadQr(browser, portal);
        assertTrue(qr.startsWith("POLIS1."), qr);
        String pdfText = EnrolmentForms.lastText();
        assertTrue(pdfText.contains(username) && pdfText.contains(p.familyName()), pdfText);
        browser.click(By.id("signOut:signOutButton"));

        // The secretariat finds the registration by the QR text and records the document.
        SignInIT.signIn(browser, "RMIC81200D", DemoLogins.SCHOOL_PASSWORD);
        browser.open("/school/identify.xhtml");
        browser.type(By.id("identify:query"), qr);
        browser.click(By.id("identify:search"));
        assertTrue(browser.find(By.id("person")).getText().contains(p.cf()));
        new Select(browser.find(By.id("identify:docType"))).selectByValue("CARTA_IDENTITA_ELETTRONICA");
        browser.type(By.id("identify:docNumber"), "CA12345AB");
        browser.type(By.id("identify:docIssuer"), "Comune di Roma");
        setDate(browser, "identify:docExpiry", LocalDate.now().plusYears(3));
        browser.click(By.id("identify:cfCardSeen"));
        browser.click(By.id("identify:confirm"));
        assertTrue(browser.find(By.id("identifyOutcome")).isDisplayed());
        browser.open("/school/identifications.xhtml");
        assertTrue(browser.text().contains(p.familyName()), "the school sees its identification");
        browser.click(By.id("signOut:signOutButton"));

        Mails.await(portal, p.email(), "la tua utenza è attiva");

        // First sign-in: temporary code, then a new code and the security question, then the area.
        SignInIT.signIn(browser, username, PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/account/first-access.xhtml"), browser.currentUrl());
        browser.open("/area/home.xhtml");
        assertTrue(browser.currentUrl().endsWith("/account/first-access.xhtml"), "nothing else before the setup");
        browser.type(By.id("firstAccess:temporaryCode"), "WRONGCODE1");
        browser.click(By.id("firstAccess:checkTemporary"));
        assertTrue(browser.text().contains("temporaneo non è corretto"));
        browser.type(By.id("firstAccess:temporaryCode"), temporaryCode);
        browser.click(By.id("firstAccess:checkTemporary"));
        browser.type(By.id("firstAccess:newCode"), username);
        browser.type(By.id("firstAccess:newCodeAgain"), username);
        browser.type(By.id("firstAccess:question"), "Il nome del mio primo cane");
        browser.type(By.id("firstAccess:answer"), "Fido");
        browser.click(By.id("firstAccess:complete"));
        assertTrue(browser.text().contains("solo lettere e cifre") || browser.text().contains("nome utente"),
                "the CP rules are enforced: " + browser.text());
        browser.type(By.id("firstAccess:newCode"), "MioCodice2026");
        browser.type(By.id("firstAccess:newCodeAgain"), "MioCodice2026");
        browser.type(By.id("firstAccess:question"), "Il nome del mio primo cane");
        browser.type(By.id("firstAccess:answer"), "Fido");
        browser.click(By.id("firstAccess:complete"));
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());
        assertEquals("Attivo", browser.find(By.id("state")).getText());
    }

    @Test
    void expiredLinkOffersANewOne(Browser browser, TestPortal portal) {
        Person p = Person.next("Expired");
        register(browser, p);
        MimeMessage mail = Mails.await(portal, p.email(), "conferma la tua registrazione");
        String link = Mails.find(mail, "(https?://\\S+/register/confirm\\.xhtml\\?token=\\S+)");
        shiftClock(portal, "PT73H");
        try {
            browser.open(link);
            browser.click(By.id("confirm:confirmButton"));
            assertEquals(1, browser.findAll(By.id("expired")).size(), browser.text());
            browser.click(By.id("resend:resendButton"));
            assertEquals(1, browser.findAll(By.id("resent")).size());
            // The outbox sends what is due by the portal's clock: wait while it is still moved on.
            Mails.await(portal, p.email(), "conferma la tua registrazione", 2);
        } finally {
            shiftClock(portal, "PT0S");
        }
        MimeMessage second = Mails.await(portal, p.email(), "conferma la tua registrazione", 2);
        String newLink = Mails.find(second, "(https?://\\S+/register/confirm\\.xhtml\\?token=\\S+)");
        assertNotEquals(link, newLink);
        browser.open(newLink);
        browser.click(By.id("confirm:confirmButton"));
        assertEquals(1, browser.findAll(By.id("confirmed")).size());
    }

    @Test
    void unknownLinkIsExplained(Browser browser) {
        browser.open("/register/confirm.xhtml?token=not-a-real-token");
        browser.click(By.id("confirm:confirmButton"));
        assertEquals(1, browser.findAll(By.id("unknownLink")).size());
    }

    @Test
    void duplicateCfGetsTheSameAnswerAndTheOwnerIsTold(Browser browser, TestPortal portal) {
        Person owner = Person.next("Owner");
        register(browser, owner);
        Mails.await(portal, owner.email(), "conferma la tua registrazione");
        String firstPage = browser.find(By.id("registrationSent")).getText().replace(owner.email(), "<email>");

        Person intruder = new Person(owner.givenName(), owner.familyName(), owner.birthDate(), owner.sex(),
                "someone.else" + SEQ.incrementAndGet() + "@example.org", owner.cf());
        register(browser, intruder);
        String secondPage = browser.find(By.id("registrationSent")).getText().replace(intruder.email(), "<email>");
        assertEquals(firstPage, secondPage, "the answer does not reveal that the CF is registered");
        Mails.await(portal, owner.email(), "tentativo di registrazione");
        assertTrue(portal.mail().messagesFor(intruder.email()).isEmpty(), "nothing goes to the other address");
    }

    @Test
    void mismatchingCfSaysWhichPartDiffers(Browser browser) {
        Person p = Person.next("Mismatch");
        Person wrongYear = new Person(p.givenName(), p.familyName(), p.birthDate().minusYears(1), p.sex(), p.email(),
                p.cf());
        fillDetails(browser, wrongYear);
        browser.click(By.id("details:next"));
        String text = browser.text();
        assertTrue(text.contains("non corrisponde"), text);
        assertTrue(text.contains("anno di nascita"), text);
        assertFalse(text.contains("il nome (caratteri"), "only the differing part is named");
    }

    @Test
    void expiredDocumentIsRefusedAndARefusalIsMailed(Browser browser, TestPortal portal) {
        Person p = Person.next("Refused");
        register(browser, p);
        MimeMessage mail = Mails.await(portal, p.email(), "conferma la tua registrazione");
        browser.open(Mails.find(mail, "(https?://\\S+/register/confirm\\.xhtml\\?token=\\S+)"));
        browser.click(By.id("confirm:confirmButton"));

        SignInIT.signIn(browser, "NAIS00300X", DemoLogins.SCHOOL_PASSWORD);
        browser.open("/school/identify.xhtml");
        browser.type(By.id("identify:query"), p.cf());
        browser.click(By.id("identify:search"));
        new Select(browser.find(By.id("identify:docType"))).selectByValue("PASSAPORTO");
        browser.type(By.id("identify:docNumber"), "YA0000001");
        browser.type(By.id("identify:docIssuer"), "Questura di Napoli");
        setDate(browser, "identify:docExpiry", LocalDate.now().minusDays(1));
        browser.click(By.id("identify:cfCardSeen"));
        browser.click(By.id("identify:confirm"));
        assertTrue(browser.text().contains("scadut"), "an expired document is refused: " + browser.text());

        browser.type(By.id("identify:reason"), "Il documento presentato risulta scaduto.");
        browser.click(By.id("identify:refuse"));
        MimeMessage refusal = Mails.await(portal, p.email(), "identificazione non completata");
        assertTrue(Mails.text(refusal).contains("risulta scaduto"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountAndTellTheOwner(Browser browser, TestPortal portal) {
        Person p = Person.next("Lock");
        register(browser, p);
        Mails.await(portal, p.email(), "conferma la tua registrazione");
        String username = Mails.find(Mails.await(portal, p.email(), "conferma la tua registrazione"),
                "nome utente è: (\\S+)");
        for (int i = 0; i < 5; i++) {
            SignInIT.signIn(browser, username, "wrong password " + i);
        }
        String lockedAnswer = browser.find(By.cssSelector(".alert-danger")).getText();
        SignInIT.signIn(browser, username, PASSWORD);
        assertTrue(browser.currentUrl().contains("/login.xhtml"), "the right password is refused while locked");
        assertEquals(lockedAnswer, browser.find(By.cssSelector(".alert-danger")).getText(), "same message");
        Mails.await(portal, p.email(), "accesso temporaneamente bloccato");
        shiftClock(portal, "PT20M");
        try {
            SignInIT.signIn(browser, username, PASSWORD);
            assertTrue(browser.currentUrl().endsWith("/account/status.xhtml"), "unlocked after the wait");
        } finally {
            shiftClock(portal, "PT0S");
        }
    }

    static void register(Browser browser, Person p) {
        fillRegistration(browser, p);
        browser.click(By.id("review:confirm"));
    }

    static void fillRegistration(Browser browser, Person p) {
        fillDetails(browser, p);
        browser.click(By.id("details:next"));
        assertTrue(browser.currentUrl().contains("/register/review.xhtml"), browser.currentUrl() + "\n" + browser.text());
    }

    static void fillDetails(Browser browser, Person p) {
        browser.open("/register/start.xhtml");
        browser.type(By.id("start:cf"), p.cf().toLowerCase());
        Captchas.solve(browser);
        browser.click(By.id("start:next"));
        assertTrue(browser.currentUrl().contains("/register/details.xhtml"), browser.currentUrl() + "\n" + browser.text());
        browser.type(By.id("details:givenName"), p.givenName());
        browser.type(By.id("details:familyName"), p.familyName());
        setDate(browser, "details:birthDate", p.birthDate());
        browser.click(By.cssSelector("label[for='details:sex:" + (p.sex() == Sex.FEMALE ? 0 : 1) + "']"));
        new Select(browser.find(By.id("details:region"))).selectByValue("12");
        browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("details:province")));
        new Select(browser.find(By.id("details:province"))).selectByValue("RM");
        browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("details:comune")));
        new Select(browser.find(By.id("details:comune"))).selectByValue("H501");
        browser.type(By.id("details:email"), p.email());
        browser.type(By.id("details:emailAgain"), p.email());
        browser.type(By.cssSelector("input[id^='details:password']"), PASSWORD);
        browser.click(By.id("details:terms"));
        browser.click(By.id("details:privacy"));
        browser.checkAccessibility();
    }

    /** Native date inputs take their value from script in every locale. */
    static void setDate(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const e = document.getElementById(arguments[0]) || document.getElementById(arguments[0] + '_input');"
                        + "e.value = arguments[1]; e.dispatchEvent(new Event('change', {bubbles: true}));", id,
                date.toString());
    }

    static void shiftClock(TestPortal portal, String offset) {
        var response = Http.post(portal.url("/dev/clock?offset=" + offset), "");
        assertEquals(200, response.statusCode(), response.body());
    }
}
