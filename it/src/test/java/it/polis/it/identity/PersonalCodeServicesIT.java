package it.polis.it.identity;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.Citizens.TestCitizen;
import it.polis.it.support.EnrolmentForms;
import it.polis.it.support.Mails;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import it.polis.platform.demo.DemoLogins;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Service functions on the personal code of a signed-in citizen: recover it through the security
 * question (limited attempts, blocked across sessions), change it, regenerate it (back to a school
 * for a new identification) and change the security question. Every test uses a fresh citizen.
 *
 * <p>Still to add with the applications: regenerate, then try to submit an application (refused
 * until the new identification).
 */
@ExtendWith(PortalExtension.class)
class PersonalCodeServicesIT {

    static final String SCHOOL = "RMIC81200D";
    /** Valid codice fiscale (Laura Bianchi, Milano, 1 August 1985) of nobody registered. */
    static final String OTHER_CF = "BNCLRA85M41F205C";

    // ---- recover -------------------------------------------------------------------------------

    @Test
    void recoverSendsANewTemporaryCodeThatMustBeReplacedAtOnce(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        browser.click(By.id("menuCpRecover"));
        assertTrue(browser.currentUrl().endsWith("/area/services/cp-recover.xhtml"), browser.currentUrl());
        browser.type(By.id("cpRecover:cf"), c.cf().toLowerCase());
        browser.click(By.id("cpRecover:checkCf"));
        assertEquals(c.securityQuestion(), browser.find(By.id("securityQuestion")).getText());
        assertTrue(browser.text().contains("Tentativi rimasti: 5"), browser.text());
        browser.type(By.id("cpRecover:answer"), c.securityAnswer());
        browser.click(By.id("cpRecover:sendAnswer"));

        // Forced to replace the temporary code before anything else.
        assertTrue(browser.currentUrl().endsWith("/account/first-access.xhtml"), browser.currentUrl());
        assertEquals("NEW_CODE", browser.find(By.id("firstAccessPage")).getAttribute("data-mode"));
        assertEquals(1, browser.findAll(By.id("cpRecovered")).size());
        assertEquals(0, browser.findAll(By.id("firstAccess:question")).size(), "the question is not asked again");
        MimeMessage mail = Mails.await(portal, c.email(), "nuovo codice personale temporaneo");
        String temporary = Mails.find(mail, "temporaneo è: (\\S+)");
        assertNotEquals(c.personalCode(), temporary);
        browser.open("/area/services/cp-change.xhtml");
        assertTrue(browser.currentUrl().endsWith("/account/first-access.xhtml"), "nothing else before the new code");
        // Whoever cannot find the email may ask again; nothing else opens.
        browser.click(By.id("firstAccess:recoverAgain"));
        assertTrue(browser.currentUrl().endsWith("/area/services/cp-recover.xhtml"), browser.currentUrl());
        browser.open("/area/home.xhtml");
        assertTrue(browser.currentUrl().endsWith("/account/first-access.xhtml"), browser.currentUrl());

        browser.type(By.id("firstAccess:temporaryCode"), c.personalCode());
        browser.click(By.id("firstAccess:checkTemporary"));
        assertTrue(browser.text().contains("temporaneo non è corretto"), "the old code is no longer valid");
        browser.type(By.id("firstAccess:temporaryCode"), temporary);
        browser.click(By.id("firstAccess:checkTemporary"));
        assertEquals(0, browser.findAll(By.id("firstAccess:question")).size());
        browser.type(By.id("firstAccess:newCode"), "Recuperato2027");
        browser.type(By.id("firstAccess:newCodeAgain"), "Recuperato2027");
        browser.click(By.id("firstAccess:complete"));
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());

        // The new code is now the current one; the old one is refused.
        browser.open("/area/services/cp-change.xhtml");
        changeCode(browser, c.personalCode(), "Ancora2028", "Ancora2028");
        assertTrue(fieldMessage(browser, "cpChange:currentCodeMessage").contains("attuale non è corretto"));
        changeCode(browser, "Recuperato2027", "Ancora2028", "Ancora2028");
        assertEquals(1, browser.findAll(By.id("cpChanged")).size(), browser.text());
        Mails.await(portal, c.email(), "codice personale modificato");
    }

    @Test
    void aCfOtherThanTheAccountsIsRefusedClearly(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        browser.open("/area/services/cp-recover.xhtml");
        browser.type(By.id("cpRecover:cf"), OTHER_CF);
        browser.click(By.id("cpRecover:checkCf"));
        assertTrue(fieldMessage(browser, "cpRecover:cfMessage").contains("non è quello della tua utenza"),
                browser.text());
        assertEquals("true", browser.find(By.id("cpRecover:cf")).getAttribute("aria-invalid"));
        assertEquals(0, browser.findAll(By.id("securityQuestion")).size(), "the question is not shown");
        browser.type(By.id("cpRecover:cf"), "NOT-A-CF");
        browser.click(By.id("cpRecover:checkCf"));
        assertTrue(fieldMessage(browser, "cpRecover:cfMessage").contains("non è quello della tua utenza"));
        browser.type(By.id("cpRecover:cf"), "");
        browser.click(By.id("cpRecover:checkCf"));
        assertTrue(fieldMessage(browser, "cpRecover:cfMessage").contains("Inserisci il tuo codice fiscale"));
    }

    @Test
    void theAnswerIsCaseSensitive(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        browser.open("/area/services/cp-recover.xhtml");
        browser.type(By.id("cpRecover:cf"), c.cf());
        browser.click(By.id("cpRecover:checkCf"));
        browser.type(By.id("cpRecover:answer"), c.securityAnswer().toLowerCase());
        browser.click(By.id("cpRecover:sendAnswer"));
        String message = fieldMessage(browser, "cpRecover:answerMessage");
        assertTrue(message.contains("non è corretta") && message.contains("Tentativi rimasti: 4"), message);
        browser.type(By.id("cpRecover:answer"), c.securityAnswer().toUpperCase());
        browser.click(By.id("cpRecover:sendAnswer"));
        assertTrue(fieldMessage(browser, "cpRecover:answerMessage").contains("Tentativi rimasti: 3"));
        browser.type(By.id("cpRecover:answer"), "  " + c.securityAnswer() + " ");
        browser.click(By.id("cpRecover:sendAnswer"));
        assertTrue(browser.currentUrl().endsWith("/account/first-access.xhtml"), browser.currentUrl());
        Mails.await(portal, c.email(), "nuovo codice personale temporaneo");
    }

    @Test
    void fiveWrongAnswersBlockTheRecoveryAcrossSessionsAndTellTheOwner(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        browser.open("/area/services/cp-recover.xhtml");
        browser.type(By.id("cpRecover:cf"), c.cf());
        browser.click(By.id("cpRecover:checkCf"));
        for (int i = 1; i <= 4; i++) {
            browser.type(By.id("cpRecover:answer"), "Sbagliata " + i);
            browser.click(By.id("cpRecover:sendAnswer"));
            assertTrue(fieldMessage(browser, "cpRecover:answerMessage").contains("Tentativi rimasti: " + (5 - i)));
        }
        browser.type(By.id("cpRecover:answer"), "Sbagliata 5");
        browser.click(By.id("cpRecover:sendAnswer"));
        String blocked = browser.find(By.id("recoverBlocked")).getText();
        assertTrue(blocked.contains("Potrai riprovare dal ") && blocked.matches("(?s).*\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}.*"),
                blocked);
        assertEquals(0, browser.findAll(By.id("cpRecover:answer")).size(), "no more answers");
        MimeMessage mail = Mails.await(portal, c.email(), "recupero del codice personale bloccato");
        assertTrue(Mails.text(mail).contains("5 risposte sbagliate"), Mails.text(mail));

        // A new session (sign out and in again): still blocked, even with the right answer at hand.
        browser.click(By.id("signOut:signOutButton"));
        SignInIT.signIn(browser, c.username(), c.password());
        browser.open("/area/services/cp-recover.xhtml");
        assertTrue(browser.find(By.id("recoverBlocked")).getText().contains("Potrai riprovare dal"));
        assertEquals(0, browser.findAll(By.id("cpRecover:cf")).size());

        // The current personal code still works: nothing else was touched.
        browser.open("/area/services/cp-change.xhtml");
        changeCode(browser, c.personalCode(), "DopoBlocco2029", "DopoBlocco2029");
        assertEquals(1, browser.findAll(By.id("cpChanged")).size(), browser.text());
    }

    // ---- change --------------------------------------------------------------------------------

    @Test
    void changeCodeExplainsEveryRefusal(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        browser.click(By.id("menuCpChange"));
        assertTrue(browser.currentUrl().endsWith("/area/services/cp-change.xhtml"), browser.currentUrl());

        changeCode(browser, "Sbagliato2026", "NuovoCodice2027", "NuovoCodice2027");
        assertTrue(fieldMessage(browser, "cpChange:currentCodeMessage").contains("attuale non è corretto"));
        changeCode(browser, c.personalCode(), "corto1", "corto1");
        assertTrue(fieldMessage(browser, "cpChange:newCodeMessage").contains("da 8 a 32 caratteri"));
        changeCode(browser, c.personalCode(), "Con-Trattino1", "Con-Trattino1");
        assertTrue(fieldMessage(browser, "cpChange:newCodeMessage").contains("solo lettere e cifre"));
        changeCode(browser, c.personalCode(), c.personalCode(), c.personalCode());
        assertTrue(fieldMessage(browser, "cpChange:newCodeMessage").contains("diverso da quello attuale"));
        changeCode(browser, c.personalCode(), "NuovoCodice2027", "NuovoCodice2028");
        assertTrue(fieldMessage(browser, "cpChange:newCodeAgainMessage").contains("non coincidono"));
        assertTrue(Mails.matching(portal.mail(), c.email(), "codice personale modificato").isEmpty());

        changeCode(browser, c.personalCode(), "NuovoCodice2027", "NuovoCodice2027");
        assertEquals(1, browser.findAll(By.id("cpChanged")).size(), browser.text());
        MimeMessage mail = Mails.await(portal, c.email(), "codice personale modificato");
        assertFalse(Mails.text(mail).contains("NuovoCodice2027"), "the code is never mailed");

        browser.open("/area/services/cp-change.xhtml");
        changeCode(browser, c.personalCode(), "Terzo2028", "Terzo2028");
        assertTrue(fieldMessage(browser, "cpChange:currentCodeMessage").contains("attuale non è corretto"),
                "the old code is gone");
    }

    // ---- security question ---------------------------------------------------------------------

    @Test
    void changeSecurityQuestionThenRecoverWithTheNewAnswer(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        SignInIT.signIn(browser, c.username(), c.password());
        browser.click(By.id("menuSecurityQuestion"));
        assertTrue(browser.currentUrl().endsWith("/area/services/security-question.xhtml"), browser.currentUrl());

        changeQuestion(browser, "Sbagliato2026", "Il mio primo gatto", "Micio Blu", "Micio Blu");
        assertTrue(fieldMessage(browser, "securityQuestion:currentCodeMessage").contains("attuale non è corretto"));
        changeQuestion(browser, c.personalCode(), "Il mio primo gatto", "Micio Blu", "micio blu");
        assertTrue(fieldMessage(browser, "securityQuestion:answerAgainMessage").contains("non coincidono"));
        changeQuestion(browser, c.personalCode(), "Il mio primo gatto", "ab", "ab");
        assertTrue(fieldMessage(browser, "securityQuestion:answerMessage").contains("almeno 3 caratteri"));
        changeQuestion(browser, c.personalCode(), "Il mio primo gatto", "Micio Blu", "Micio Blu");
        assertEquals(1, browser.findAll(By.id("questionChanged")).size(), browser.text());
        MimeMessage mail = Mails.await(portal, c.email(), "domanda di sicurezza modificata");
        assertFalse(Mails.text(mail).contains("Micio Blu"), "the answer is never mailed");

        browser.open("/area/services/cp-recover.xhtml");
        browser.type(By.id("cpRecover:cf"), c.cf());
        browser.click(By.id("cpRecover:checkCf"));
        assertEquals("Il mio primo gatto", browser.find(By.id("securityQuestion")).getText());
        browser.type(By.id("cpRecover:answer"), c.securityAnswer());
        browser.click(By.id("cpRecover:sendAnswer"));
        assertTrue(fieldMessage(browser, "cpRecover:answerMessage").contains("non è corretta"), "old answer gone");
        browser.type(By.id("cpRecover:answer"), "Micio Blu");
        browser.click(By.id("cpRecover:sendAnswer"));
        assertTrue(browser.currentUrl().endsWith("/account/first-access.xhtml"), browser.currentUrl());
    }

    // ---- regenerate ----------------------------------------------------------------------------

    @Test
    void regenerateWarnsFirstSignsOutAndNeedsANewIdentification(Browser browser, TestPortal portal) throws Exception {
        // A citizen identified at a school and set up, so that there is an identification in the history.
        TestCitizen c = Citizens.awaitingIdentification(portal);
        identifyAtSchool(browser, c.cf(), "CA1234567");
        browser.click(By.id("signOut:signOutButton"));
        Mails.await(portal, c.email(), "la tua utenza è attiva");
        SignInIT.signIn(browser, c.username(), c.password());
        firstAccess(browser, "FIRST", c.personalCode(), "PrimoCodice2026");

        browser.click(By.id("menuCpRegenerate"));
        assertTrue(browser.currentUrl().endsWith("/area/services/cp-regenerate.xhtml"), browser.currentUrl());
        String warning = browser.find(By.id("regenerateWarning")).getText();
        assertTrue(warning.contains("da identificare") && warning.contains("non potrai inoltrare istanze")
                && warning.contains("documento di riconoscimento") && warning.contains("modulo di adesione")
                && warning.contains("60 giorni"), warning);

        // Without the confirmation, or with a wrong password, nothing happens.
        browser.type(By.id("cpRegenerate:password"), c.password());
        browser.click(By.id("cpRegenerate:regenerate"));
        assertTrue(fieldMessage(browser, "cpRegenerate:understoodMessage").contains("conferma di aver capito"));
        browser.click(By.id("cpRegenerate:understood"));
        browser.type(By.id("cpRegenerate:password"), "non-la-password");
        browser.click(By.id("cpRegenerate:regenerate"));
        assertTrue(fieldMessage(browser, "cpRegenerate:passwordMessage").contains("password non è corretta"));
        browser.open("/area/home.xhtml");
        assertEquals("Attivo", browser.find(By.id("state")).getText(), "still active");
        assertTrue(Mails.matching(portal.mail(), c.email(), "rigenerato").isEmpty());

        // Confirmed: signed out, told why.
        browser.open("/area/services/cp-regenerate.xhtml");
        browser.click(By.id("cpRegenerate:understood"));
        browser.type(By.id("cpRegenerate:password"), c.password());
        browser.click(By.id("cpRegenerate:regenerate"));
        assertTrue(browser.currentUrl().contains("/login.xhtml"), browser.currentUrl());
        assertTrue(browser.find(By.id("loginNotice")).getText().contains("identificata di nuovo"));
        browser.open("/area/home.xhtml");
        assertTrue(browser.currentUrl().contains("/login.xhtml"), "the session is gone: " + browser.currentUrl());
        MimeMessage mail = Mails.await(portal, c.email(), "codice personale rigenerato");
        String temporary = Mails.find(mail, "temporaneo è: (\\S+)");
        assertTrue(Mails.text(mail).contains(c.registrationNumber()), Mails.text(mail));

        // Signed in again: the status page with the enrolment form; the personal area is refused.
        SignInIT.signIn(browser, c.username(), c.password());
        assertTrue(browser.currentUrl().endsWith("/account/status.xhtml"), browser.currentUrl());
        String qr = EnrolmentForms.downloadAndReadQr(browser, portal);
        assertTrue(qr.startsWith("POLIS1."), qr);
        browser.open("/area/home.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size(), "no citizen rights: " + browser.currentUrl());
        browser.open("/area/services/cp-change.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size());
        browser.open("/account/status.xhtml");
        browser.click(By.id("signOut:signOutButton"));

        // A school identifies the person again (found by the QR code of the new form); the first one stays listed.
        identifyAtSchool(browser, qr, "YA7654321");
        browser.open("/school/identifications.xhtml");
        assertTrue(browser.text().contains("CA1234567") && browser.text().contains("YA7654321"), browser.text());
        browser.click(By.id("signOut:signOutButton"));
        Mails.await(portal, c.email(), "di nuovo attiva");

        // Active again: the temporary code from the regeneration mail, a new code and a new question.
        SignInIT.signIn(browser, c.username(), c.password());
        firstAccess(browser, "FIRST", temporary, "Rigenerato2027");
        assertEquals("Attivo", browser.find(By.id("state")).getText());
        browser.open("/area/services/cp-change.xhtml");
        changeCode(browser, "PrimoCodice2026", "DopoScuola2028", "DopoScuola2028");
        assertTrue(fieldMessage(browser, "cpChange:currentCodeMessage").contains("attuale non è corretto"));
        changeCode(browser, "Rigenerato2027", "DopoScuola2028", "DopoScuola2028");
        assertEquals(1, browser.findAll(By.id("cpChanged")).size(), browser.text());
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The demo school finds the person (CF or QR text) and records a passport; signed in as the school after. */
    static void identifyAtSchool(Browser browser, String query, String documentNumber) {
        SignInIT.signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        browser.open("/school/identify.xhtml");
        browser.type(By.id("identify:query"), query);
        browser.click(By.id("identify:search"));
        assertEquals("EMAIL_CONFIRMED", browser.find(By.id("person")).getAttribute("data-account-state"));
        new Select(browser.find(By.id("identify:docType"))).selectByValue("PASSAPORTO");
        browser.type(By.id("identify:docNumber"), documentNumber);
        browser.type(By.id("identify:docIssuer"), "Questura di Roma");
        RegistrationJourneyIT.setDate(browser, "identify:docExpiry", LocalDate.now().plusYears(5));
        browser.click(By.id("identify:cfCardSeen"));
        browser.click(By.id("identify:confirm"));
        assertEquals("CONFIRMED", browser.find(By.id("identifyOutcome")).getAttribute("data-outcome"));
    }

    /** On the first-access page in the given mode: temporary code, new code, a question; lands in the area. */
    static void firstAccess(Browser browser, String mode, String temporary, String newCode) {
        assertTrue(browser.currentUrl().endsWith("/account/first-access.xhtml"), browser.currentUrl());
        assertEquals(mode, browser.find(By.id("firstAccessPage")).getAttribute("data-mode"));
        browser.type(By.id("firstAccess:temporaryCode"), temporary);
        browser.click(By.id("firstAccess:checkTemporary"));
        browser.type(By.id("firstAccess:newCode"), newCode);
        browser.type(By.id("firstAccess:newCodeAgain"), newCode);
        browser.type(By.id("firstAccess:question"), "La mia via preferita");
        browser.type(By.id("firstAccess:answer"), "Via Appia");
        browser.click(By.id("firstAccess:complete"));
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());
    }

    static void changeCode(Browser browser, String current, String newCode, String again) {
        browser.type(By.id("cpChange:currentCode"), current);
        browser.type(By.id("cpChange:newCode"), newCode);
        browser.type(By.id("cpChange:newCodeAgain"), again);
        browser.click(By.id("cpChange:save"));
    }

    static void changeQuestion(Browser browser, String code, String question, String answer, String again) {
        browser.type(By.id("securityQuestion:currentCode"), code);
        browser.type(By.id("securityQuestion:question"), question);
        browser.type(By.id("securityQuestion:answer"), answer);
        browser.type(By.id("securityQuestion:answerAgain"), again);
        browser.click(By.id("securityQuestion:save"));
    }

    static String fieldMessage(Browser browser, String id) {
        var found = browser.findAll(By.id(id));
        return found.isEmpty() ? "(no message " + id + ") page: " + browser.text() : found.get(0).getText();
    }
}
