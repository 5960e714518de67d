package it.polis.it.assistance;

import it.polis.assistance.AssistanceDemoData;
import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.Citizens.TestCitizen;
import it.polis.it.support.Mails;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import it.polis.platform.demo.DemoLogins;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assistance requests end to end: a school files each kind of request (with the form's messages),
 * sees only its own; the help desk finds a request in the queue, takes it (one operator only),
 * answers it (mail to the alternative address, the school sees the answer) and acts on the
 * person's account (user name mailed to the account's address, security question reset, unlock).
 * Every person is a fresh citizen, so the demo accounts keep their secrets.
 */
@ExtendWith(PortalExtension.class)
class AssistanceIT {

    static final String SCHOOL = "RMIC81200D";
    static final String OTHER_SCHOOL = "RMPS01000G";
    static final String HELP_DESK = "helpdesk";
    static final String NUMBER = "AST-\\d{4}-\\d{6}";

    enum Kind { PASSWORD_NO_SECURITY_QUESTION, FORGOTTEN_USERNAME, OTHER }

    static void signIn(Browser browser, String username, String password) {
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.cssSelector("input[type=password]"), password);
        browser.click(By.id("login:submit"));
    }

    /** Leaves the session (without ending it, like closing the browser). */
    static void signOut(Browser browser) {
        browser.deleteCookie("JSESSIONID");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    }

    /** Chooses the kind and waits until the form has adapted to it. */
    static void chooseKind(Browser browser, Kind kind) {
        WebElement fields = browser.find(By.id("request:fields"));
        browser.find(By.cssSelector("input[name='request:kind'][value='" + kind.name() + "']")).click();
        browser.waitFor(Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(fields));
    }

    static void setDate(Browser browser, String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const e = document.getElementById(arguments[0]); e.value = arguments[1];", id, isoDate);
    }

    static void fill(Browser browser, Kind kind, TestCitizen c, String serviceSchool, String reply, String text) {
        browser.open("/school/assistance/new.xhtml");
        chooseKind(browser, kind);
        browser.type(By.id("request:cf"), c.cf());
        if (kind != Kind.FORGOTTEN_USERNAME) {
            browser.type(By.id("request:givenName"), c.givenName());
            browser.type(By.id("request:familyName"), c.familyName());
            setDate(browser, "request:birthDate", c.birthDate());
        } else {
            browser.type(By.id("request:serviceSchool"), serviceSchool);
        }
        browser.type(By.id("request:replyEmail"), reply);
        browser.type(By.id("request:description"), text);
    }

    /** Fills the form of the signed-in school and sends it; returns the request number shown. */
    static String file(Browser browser, Kind kind, TestCitizen c, String serviceSchool, String reply, String text) {
        fill(browser, kind, c, serviceSchool, reply, text);
        browser.click(By.id("request:submit"));
        assertTrue(browser.currentUrl().contains("/school/assistance/filed.xhtml"), browser.currentUrl());
        String number = browser.find(By.id("requestNumber")).getText();
        assertTrue(number.matches(NUMBER), number);
        return number;
    }

    static String message(Browser browser, String field) {
        List<WebElement> m = browser.findAll(By.id("request:" + field + "Message"));
        return m.isEmpty() ? "" : m.get(0).getText();
    }

    static List<String> listedNumbers(Browser browser) {
        browser.open("/school/assistance/requests.xhtml");
        return browser.findAll(By.cssSelector(".request-number")).stream().map(WebElement::getText).toList();
    }

    static WebElement listedRow(Browser browser, String number) {
        browser.open("/school/assistance/requests.xhtml");
        return browser.find(By.xpath("//tr[.//span[contains(@class,'request-number') and text()='" + number + "']]"));
    }

    static List<String> queueNumbers(Browser browser, String search) {
        browser.open("/ministry/helpdesk/queue.xhtml");
        browser.type(By.id("queue:search"), search);
        browser.click(By.id("queue:apply"));
        return browser.findAll(By.cssSelector("a.request-link")).stream().map(WebElement::getText).toList();
    }

    /** The help desk finds the request in the queue by codice fiscale and opens it. */
    static void openFromQueue(Browser browser, String cf, String number) {
        browser.open("/ministry/home.xhtml");
        browser.click(By.id("menuHelpdesk"));
        assertTrue(browser.currentUrl().contains("/ministry/helpdesk/queue.xhtml"), browser.currentUrl());
        browser.type(By.id("queue:search"), cf);
        browser.click(By.id("queue:apply"));
        List<WebElement> links = browser.findAll(By.cssSelector("a.request-link"));
        assertEquals(List.of(number), links.stream().map(WebElement::getText).toList(), "found by CF, only it");
        browser.click(By.linkText(number));
        assertTrue(browser.currentUrl().contains("/ministry/helpdesk/request.xhtml"), browser.currentUrl());
        assertEquals(number, browser.find(By.id("detailNumber")).getText());
    }

    static String text(Browser browser, String id) {
        return browser.find(By.id(id)).getText();
    }

    /** A school files a request for a fresh citizen; the help desk signs in, opens and takes it. */
    static String filedAndTaken(Browser browser, TestCitizen c, String reply) {
        signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        String number = file(browser, Kind.PASSWORD_NO_SECURITY_QUESTION, c, null, reply,
                "La persona non ricorda la password.");
        signOut(browser);
        signIn(browser, HELP_DESK, DemoLogins.OPERATOR_PASSWORD);
        openFromQueue(browser, c.cf(), number);
        assertEquals(1, browser.findAll(By.id("takeFirst")).size(), "no account action before taking it");
        browser.click(By.id("takeForm:take"));
        assertEquals("In lavorazione", text(browser, "requestState"));
        assertEquals(HELP_DESK, text(browser, "assignedTo"));
        return number;
    }

    @Test
    void schoolFilesEachKindWithClearMessagesAndSeesOnlyItsOwn(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        browser.click(By.id("goAssistanceNew"));
        assertTrue(browser.currentUrl().contains("/school/assistance/new.xhtml"), browser.currentUrl());
        WebElement schoolEmail = browser.find(By.id("request:schoolEmail"));
        assertEquals("rmic81200d@istruzione.it", schoolEmail.getAttribute("value"));
        assertTrue(schoolEmail.getAttribute("readonly") != null, "the school's email cannot be changed");

        // Nothing filled in: every missing field says what to do.
        browser.click(By.id("request:submit"));
        assertTrue(browser.find(By.id("request:messages")).getText().contains("correggi i campi"),
                browser.find(By.id("request:messages")).getText());
        assertTrue(message(browser, "kind").contains("Scegli il tipo"), message(browser, "kind"));
        assertTrue(message(browser, "cf").contains("Inserisci il codice fiscale"), message(browser, "cf"));
        assertTrue(message(browser, "replyEmail").contains("e-mail alternativa"), message(browser, "replyEmail"));
        assertTrue(message(browser, "description").contains("Descrivi"), message(browser, "description"));
        assertEquals("true", browser.find(By.id("request:cf")).getAttribute("aria-invalid"));
        assertTrue(browser.find(By.id("request:cf")).getAttribute("aria-describedby").contains("request:cfMessage"));
        browser.checkAccessibility();

        // A CF with a wrong check character, one badly formed, an @istruzione.it reply address.
        chooseKind(browser, Kind.PASSWORD_NO_SECURITY_QUESTION);
        String wrongCheck = c.cf().substring(0, 15) + (c.cf().charAt(15) == 'A' ? 'B' : 'A');
        browser.type(By.id("request:cf"), wrongCheck);
        browser.type(By.id("request:givenName"), c.givenName());
        browser.type(By.id("request:familyName"), c.familyName());
        setDate(browser, "request:birthDate", c.birthDate());
        browser.type(By.id("request:replyEmail"), "giulia.prova@istruzione.it");
        browser.type(By.id("request:description"), "Password persa, nessuna domanda di sicurezza.");
        browser.click(By.id("request:submit"));
        assertTrue(message(browser, "cf").contains("errore di battitura"), message(browser, "cf"));
        assertTrue(message(browser, "replyEmail").contains("@istruzione.it"), message(browser, "replyEmail"));
        assertEquals("", message(browser, "givenName"), "what was right stays without message");
        assertEquals(c.givenName(), browser.find(By.id("request:givenName")).getAttribute("value"), "kept");
        browser.type(By.id("request:cf"), "RSSMRA80A01");
        browser.type(By.id("request:replyEmail"), "giulia.prova@scuole.istruzione.it");
        browser.click(By.id("request:submit"));
        assertTrue(message(browser, "cf").contains("non \u00e8 scritto correttamente"), message(browser, "cf"));
        assertTrue(message(browser, "replyEmail").contains("@istruzione.it"), message(browser, "replyEmail"));
        assertEquals(0, browser.findAll(By.id("requestNumber")).size(), "nothing filed");

        String password = file(browser, Kind.PASSWORD_NO_SECURITY_QUESTION, c, null, unique("pwd"),
                "La docente non ricorda la password e non ha la domanda di sicurezza.");
        assertEquals(0, browser.findAll(By.id("checkSchool")).size());

        // A forgotten user name asks for the school of service instead of the personal data.
        browser.open("/school/assistance/new.xhtml");
        chooseKind(browser, Kind.FORGOTTEN_USERNAME);
        assertEquals(0, browser.findAll(By.id("request:givenName")).size(), "no personal data for this kind");
        assertEquals(1, browser.findAll(By.id("request:serviceSchool")).size());
        browser.checkAccessibility();
        browser.type(By.id("request:cf"), c.cf());
        browser.type(By.id("request:serviceSchool"), "RM12");
        browser.type(By.id("request:replyEmail"), unique("user"));
        browser.type(By.id("request:description"), "Nome utente dimenticato.");
        browser.click(By.id("request:submit"));
        assertTrue(message(browser, "serviceSchool").contains("codice meccanografico non \u00e8 scritto"),
                message(browser, "serviceSchool"));
        String username = file(browser, Kind.FORGOTTEN_USERNAME, c, "rmic81200x", unique("user"),
                "Nome utente dimenticato.");
        assertEquals(1, browser.findAll(By.id("checkSchool")).size(), "an unknown school code is a typo warning");

        String other = file(browser, Kind.OTHER, c, null, unique("other"), "Non riceve le email del portale.");
        assertEquals(3, List.of(password, username, other).stream().distinct().count());

        browser.click(By.id("toRequests"));
        List<String> mine = listedNumbers(browser);
        assertTrue(mine.containsAll(List.of(password, username, other)), mine.toString());
        assertEquals("Nuova", listedRow(browser, other).findElement(By.cssSelector(".request-state")).getText());
        WebElement table = browser.find(By.cssSelector("[id='requests:table'] table"));
        for (WebElement th : table.findElements(By.cssSelector("thead th"))) {
            assertEquals("col", th.getAttribute("scope"), th.getText());
        }
        signOut(browser);

        signIn(browser, OTHER_SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        List<String> theirs = listedNumbers(browser);
        assertFalse(theirs.contains(password) || theirs.contains(username) || theirs.contains(other), theirs.toString());
        browser.open("/school/assistance/filed.xhtml?number=" + other);
        assertEquals(1, browser.findAll(By.id("notFound")).size(), "another school's request is not shown");
        assertEquals(0, browser.findAll(By.id("requestNumber")).size());
    }

    @Test
    void aFormSentTwiceFilesOneRequest(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        fill(browser, Kind.OTHER, c, null, unique("double"), "Doppio invio.");
        // The form sent twice at once, past the page's own guard: the server files one request.
        ((JavascriptExecutor) browser.driver()).executeScript("var f = document.getElementById('request');"
                + "var i = document.createElement('input'); i.type = 'hidden'; i.name = 'request:submit';"
                + "i.value = 'x'; f.appendChild(i); HTMLFormElement.prototype.submit.call(f);"
                + "HTMLFormElement.prototype.submit.call(f);");
        browser.waitFor(Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("requestNumber")).isEmpty());
        String number = browser.find(By.id("requestNumber")).getText();
        signOut(browser);
        signIn(browser, HELP_DESK, DemoLogins.OPERATOR_PASSWORD);
        assertEquals(List.of(number), queueNumbers(browser, c.cf()), "one request only");
    }

    @Test
    void helpDeskTakesAnswersAndSendsTheUserName(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        String reply = unique("risposta");
        String number = filedAndTaken(browser, c, reply);
        assertEquals(c.username(), text(browser, "accountUsername"));
        assertFalse(text(browser, "accountEmail").contains(c.email()), "the registered address is masked");
        assertTrue(text(browser, "usernameHelp").contains("non all'e-mail alternativa"), text(browser, "usernameHelp"));

        browser.click(By.id("answerForm:send"));
        assertTrue(browser.find(By.id("answerForm:answerMessage")).getText().contains("Scrivi il testo"));
        browser.checkAccessibility();
        String answer = "Abbiamo verificato i dati: la persona ricever\u00e0 il nome utente all'indirizzo registrato.";
        browser.type(By.id("answerForm:answer"), answer);
        browser.click(By.id("answerForm:send"));
        assertEquals("Risposta inviata", text(browser, "requestState"));
        assertEquals(answer, text(browser, "requestAnswer"));
        MimeMessage answered = Mails.await(portal, reply, number);
        assertTrue(Mails.text(answered).contains(answer), Mails.text(answered));

        browser.click(By.id("actions:sendUsername"));
        assertTrue(browser.find(By.id("messages")).getText().contains("Nome utente inviato"),
                browser.find(By.id("messages")).getText());
        MimeMessage usernameMail = Mails.await(portal, c.email(), "nome utente");
        assertTrue(Mails.text(usernameMail).contains(c.username()), Mails.text(usernameMail));
        assertTrue(Mails.matching(portal.mail(), reply, "nome utente").isEmpty(), "never to the alternative address");

        String history = text(browser, "historyTable");
        assertTrue(history.contains("Presa in carico") && history.contains("Risposta inviata")
                && history.contains("Nome utente inviato"), history);
        assertEquals(1, browser.findAll(By.cssSelector("#historyTable tr.event-USERNAME_SENT")).size());
        browser.click(By.id("closeForm:close"));
        assertEquals("Chiusa", text(browser, "requestState"));
        signOut(browser);

        signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        WebElement row = listedRow(browser, number);
        assertEquals("Chiusa", row.findElement(By.cssSelector(".request-state")).getText());
        assertEquals(answer, row.findElement(By.cssSelector(".request-answer")).getText());
    }

    @Test
    void theSchoolSeesAnsweredWithTheAnswer(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        String reply = unique("answered");
        String number = filedAndTaken(browser, c, reply);
        browser.type(By.id("answerForm:answer"), "Risposta di prova.");
        browser.click(By.id("answerForm:send"));
        Mails.await(portal, reply, number);
        signOut(browser);
        signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        browser.click(By.id("goAssistanceList"));
        WebElement row = listedRow(browser, number);
        assertEquals("Risposta inviata", row.findElement(By.cssSelector(".request-state")).getText());
        assertEquals("Risposta di prova.", row.findElement(By.cssSelector(".request-answer")).getText());
    }

    @Test
    void resettingTheSecurityQuestionForcesANewOneAtTheNextSignIn(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        String number = filedAndTaken(browser, c, unique("security"));
        assertEquals("true", browser.find(By.id("accountSecurity")).getAttribute("data-set"));
        browser.click(By.id("actions:resetSecurity"));
        assertTrue(browser.find(By.id("messages")).getText().contains("Domanda di sicurezza azzerata"),
                browser.find(By.id("messages")).getText());
        assertEquals("false", browser.find(By.id("accountSecurity")).getAttribute("data-set"));
        assertEquals(1, browser.findAll(By.cssSelector("#historyTable tr.event-SECURITY_QUESTION_RESET")).size());
        MimeMessage mail = Mails.await(portal, c.email(), "domanda di sicurezza");
        assertTrue(Mails.text(mail).contains(number), Mails.text(mail));
        browser.click(By.id("actions:resetSecurity"));
        assertTrue(browser.find(By.id("messages")).getText().contains("nulla da azzerare"));
        signOut(browser);

        signIn(browser, c.username(), c.password());
        assertFalse(browser.currentUrl().endsWith("/area/home.xhtml"), "a new security question is due first");
        assertTrue(browser.currentUrl().contains("/account/"), browser.currentUrl());
    }

    @Test
    void unlockingLetsALockedPersonSignInAgain(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        for (int i = 0; i < 5; i++) {
            signIn(browser, c.username(), "Sbagliata-" + i);
        }
        signIn(browser, c.username(), c.password());
        assertTrue(browser.currentUrl().contains("/login.xhtml"), "locked: even the right password is refused");

        filedAndTaken(browser, c, unique("unlock"));
        assertEquals("true", browser.find(By.id("accountLocked")).getAttribute("data-locked"));
        browser.click(By.id("actions:unlock"));
        assertTrue(browser.find(By.id("messages")).getText().contains("Accesso sbloccato"));
        assertEquals("false", browser.find(By.id("accountLocked")).getAttribute("data-locked"));
        assertEquals(1, browser.findAll(By.cssSelector("#historyTable tr.event-UNLOCKED")).size());
        signOut(browser);

        signIn(browser, c.username(), c.password());
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());
    }

    @Test
    void onlyOneOperatorCanTakeARequest(Browser browser, TestPortal portal) {
        TestCitizen c = Citizens.active(portal);
        signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        String number = file(browser, Kind.OTHER, c, null, unique("race"), "Due operatori.");
        signOut(browser);

        // The first operator opens the request and keeps the page open...
        signIn(browser, HELP_DESK, DemoLogins.OPERATOR_PASSWORD);
        openFromQueue(browser, c.cf(), number);
        String firstWindow = browser.driver().getWindowHandle();
        Cookie firstSession = browser.cookie("JSESSIONID");

        // ...while a second operator, in another window and session, takes it.
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("/index.xhtml"); // cookies belong to the portal's pages, not to a blank tab
        browser.deleteCookie("JSESSIONID");
        signIn(browser, AssistanceDemoData.SECOND_HELP_DESK, DemoLogins.OPERATOR_PASSWORD);
        openFromQueue(browser, c.cf(), number);
        browser.click(By.id("takeForm:take"));
        assertEquals(AssistanceDemoData.SECOND_HELP_DESK, text(browser, "assignedTo"));
        assertNotEquals(firstSession.getValue(), browser.cookie("JSESSIONID").getValue());

        browser.driver().close();
        browser.driver().switchTo().window(firstWindow);
        browser.deleteCookie("JSESSIONID");
        browser.driver().manage().addCookie(firstSession);
        browser.click(By.id("takeForm:take"));
        String messages = browser.find(By.id("messages")).getText();
        assertTrue(messages.contains("gi\u00e0 stata presa in carico da " + AssistanceDemoData.SECOND_HELP_DESK),
                messages);
        assertEquals(AssistanceDemoData.SECOND_HELP_DESK, text(browser, "assignedTo"));
        assertEquals(0, browser.findAll(By.id("actions:unlock")).size(), "no account actions for the other one");
    }

    @Test
    void theQueueFilters(Browser browser) {
        signIn(browser, HELP_DESK, DemoLogins.OPERATOR_PASSWORD);
        browser.open("/ministry/helpdesk/queue.xhtml");
        WebElement table = browser.find(By.cssSelector("[id='queue:table'] table"));
        assertEquals(7, table.findElements(By.cssSelector("thead th")).size());
        assertFalse(table.getAttribute("aria-describedby").isBlank(), "table summary for screen readers");
        new Select(browser.find(By.id("queue:state"))).selectByValue("CLOSED");
        browser.click(By.id("queue:apply"));
        List<String> states = browser.findAll(By.cssSelector("[id='queue:table'] .request-state")).stream()
                .map(WebElement::getText).distinct().toList();
        assertEquals(List.of("Chiusa"), states, "the demo data has a closed request");
        new Select(browser.find(By.id("queue:state"))).selectByIndex(0);
        new Select(browser.find(By.id("queue:school"))).selectByValue("MIEE01200B");
        browser.click(By.id("queue:apply"));
        List<String> schools = browser.findAll(By.cssSelector("[id='queue:table'] tbody td:nth-child(3)")).stream()
                .map(WebElement::getText).distinct().toList();
        assertEquals(List.of("MIEE01200B"), schools);
        setDate(browser, "queue:from", "2030-01-02");
        setDate(browser, "queue:to", "2030-01-01");
        browser.click(By.id("queue:apply"));
        assertTrue(browser.find(By.id("queue:toMessage")).getText().contains("precedente"));
        browser.click(By.id("queue:clear"));
        assertTrue(browser.findAll(By.cssSelector("a.request-link")).size() >= 4, "all requests again");
        assertTrue(queueNumbers(browser, "nessuno-si-chiama-cosi").isEmpty());
    }

    @Test
    void wrongRolesAreRefused(Browser browser) {
        signIn(browser, HELP_DESK, DemoLogins.OPERATOR_PASSWORD);
        browser.open("/school/assistance/new.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size(), "an operator cannot file a request");
        assertEquals(0, browser.findAll(By.id("request:submit")).size());
        signOut(browser);

        signIn(browser, SCHOOL, DemoLogins.SCHOOL_PASSWORD);
        browser.open("/ministry/helpdesk/queue.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size(), "a school cannot see the queue");
        browser.open("/ministry/helpdesk/request.xhtml?id=1000");
        assertEquals(1, browser.findAll(By.id("errorPage")).size());
        signOut(browser);

        signIn(browser, "campagne", DemoLogins.OPERATOR_PASSWORD);
        browser.open("/ministry/helpdesk/queue.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size(), "other ministry roles are not the help desk");
        signOut(browser);

        signIn(browser, DemoLogins.CITIZEN_USERNAME, DemoLogins.CITIZEN_PASSWORD);
        browser.open("/school/assistance/requests.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size());
    }
}
