package it.polis.it.identity;

import it.polis.it.support.Browser;
import it.polis.it.support.Browsers;
import it.polis.it.support.Citizens;
import it.polis.it.support.Mails;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import it.polis.platform.demo.DemoLogins;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static it.polis.it.identity.SignInIT.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ministry's administration pages as the demo administrator: operators (create, sign in with the
 * mailed password, own-account protection), school accounts (password to the institutional mailbox),
 * citizens (suspend, reactivate, unlock) and the audit log; other operators are refused.
 */
@ExtendWith(PortalExtension.class)
class AdministrationIT {

    private static final String ADMIN = "admin.ministero";
    private static final String SCHOOL = "RMIS09400V";
    private static final List<String> PAGES = List.of("operators", "schools", "citizens", "audit");

    private static void signInAsAdmin(Browser browser) {
        signIn(browser, ADMIN, DemoLogins.OPERATOR_PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/ministry/home.xhtml"), browser.currentUrl());
    }

    private static void signOut(Browser browser) {
        browser.click(By.id("signOut:signOutButton"));
    }

    private static String info(Browser browser) {
        return browser.find(By.cssSelector("#outcome .alert-info, #outcome li")).getText();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anOperatorCreatedByTheAdministratorSignsInWithTheMailedPasswordAndHasTheRole(Browser browser,
                                                                                    TestPortal portal) {
        String username = "op." + tag();
        String email = username + "@ministero.polis.test";
        signInAsAdmin(browser);
        browser.click(By.id("menuOperators"));
        assertEquals("Operatori e ruoli", browser.h1());
        browser.type(By.id("create:username"), username);
        browser.type(By.id("create:name"), "Operatore Prova");
        browser.type(By.id("create:email"), email);
        browser.click(By.cssSelector("#create input[data-role='CAMPAIGN_MANAGER']"));
        browser.click(By.id("create:createOperator"));
        assertTrue(info(browser).contains(username), info(browser));
        assertEquals(username, browser.find(By.id("selected")).getAttribute("data-username"));
        assertEquals("Sì", browser.find(By.id("selPassword")).getText().trim());

        MimeMessage mail = Mails.await(portal, email, "credenziali");
        assertEquals(username, Mails.find(mail, "Nome utente: (\\S+)"));
        String password = Mails.find(mail, "Password: (\\S+)");
        signOut(browser);

        signIn(browser, username, password);
        assertTrue(browser.currentUrl().endsWith("/ministry/home.xhtml"), browser.currentUrl());
        assertEquals("Campagne email", browser.find(By.id("roles")).getText().trim());
        browser.open("/ministry/admin/operators.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size(), "not an administrator");
        browser.open("/ministry/home.xhtml");
        signOut(browser);

        // Disabled: cannot sign in, and is told why; a new password and enabled again: signs in with it.
        signInAsAdmin(browser);
        manageOperator(browser, username);
        browser.type(By.id("edit:reason"), "Fine incarico " + username);
        browser.click(By.id("edit:disable"));
        assertEquals("Sospeso", browser.find(By.id("selState")).getText().trim());
        assertTrue(Mails.text(Mails.await(portal, email, "sospeso")).contains("Fine incarico " + username));
        browser.click(By.id("edit:resetPassword"));
        String newPassword = Mails.find(Mails.await(portal, email, "nuova password"), "Nuova password: (\\S+)");
        signOut(browser);
        signIn(browser, username, newPassword);
        assertTrue(browser.currentUrl().contains("/login.xhtml"), "disabled: " + browser.currentUrl());

        signInAsAdmin(browser);
        manageOperator(browser, username);
        browser.type(By.id("edit:reason"), "Nuovo incarico");
        browser.click(By.id("edit:enable"));
        assertEquals("Attivo", browser.find(By.id("selState")).getText().trim());
        signOut(browser);
        signIn(browser, username, password);
        assertTrue(browser.currentUrl().contains("/login.xhtml"), "the first password no longer works");
        signIn(browser, username, newPassword);
        assertTrue(browser.currentUrl().endsWith("/ministry/home.xhtml"), browser.currentUrl());
    }

    private static void manageOperator(Browser browser, String username) {
        browser.open("/ministry/admin/operators.xhtml");
        browser.type(By.id("operators:search"), username);
        browser.click(By.id("operators:find"));
        browser.click(By.cssSelector("button[data-username='" + username + "']"));
    }

    @Test
    void anAdministratorCannotDropTheirOwnAdministratorRoleNorDisableThemselves(Browser browser) {
        signInAsAdmin(browser);
        browser.open("/ministry/admin/operators.xhtml");
        browser.type(By.id("operators:search"), ADMIN);
        browser.click(By.id("operators:find"));
        browser.click(By.cssSelector("button[data-username='" + ADMIN + "']"));
        browser.click(By.cssSelector("#edit input[data-role='ADMINISTRATOR']")); // untick
        browser.click(By.cssSelector("#edit input[data-role='HELP_DESK']"));
        browser.type(By.id("edit:reason"), "Prova di protezione");
        browser.click(By.id("edit:saveRoles"));
        assertTrue(browser.find(By.id("outcome")).getText().contains("Non puoi togliere a te stesso"),
                browser.find(By.id("outcome")).getText());

        browser.type(By.id("edit:reason"), "Prova di protezione");
        browser.click(By.id("edit:disable"));
        assertTrue(browser.find(By.id("outcome")).getText().contains("Non puoi disattivare il tuo stesso account"));
        assertEquals("Attivo", browser.find(By.id("selState")).getText().trim());

        // Nothing was stored: a fresh look shows the account as it was.
        browser.open("/ministry/admin/operators.xhtml");
        browser.type(By.id("operators:search"), ADMIN);
        browser.click(By.id("operators:find"));
        browser.click(By.cssSelector("button[data-username='" + ADMIN + "']"));
        assertEquals("Attivo", browser.find(By.id("selState")).getText().trim());
        assertTrue(browser.find(By.cssSelector("#edit input[data-role='ADMINISTRATOR']")).isSelected());
        assertFalse(browser.find(By.cssSelector("#edit input[data-role='HELP_DESK']")).isSelected());
    }

    @Test
    void aSchoolPasswordGoesToTheInstitutionalMailboxAndSignsIn(Browser browser, TestPortal portal) {
        String mailbox = SCHOOL.toLowerCase() + "@istruzione.it";
        int before = Mails.matching(portal.mail(), mailbox, "Istanze OnLine").size();
        signInAsAdmin(browser);
        browser.click(By.id("menuSchools"));
        browser.type(By.id("schools:search"), "fermi");
        browser.click(By.id("schools:find"));
        assertTrue(browser.find(By.id("schools:table")).getText().contains(SCHOOL));
        browser.click(By.cssSelector("button[data-code='" + SCHOOL + "']"));
        browser.click(By.id("school:setPassword"));
        assertTrue(info(browser).contains(mailbox), info(browser));
        assertEquals("Attivo", browser.find(By.id("selState")).getText().trim());

        MimeMessage mail = Mails.await(portal, mailbox, "Istanze OnLine", before + 1);
        String password = Mails.find(mail, "[Pp]assword: (\\S+)");
        signOut(browser);
        signIn(browser, SCHOOL, password);
        assertTrue(browser.currentUrl().endsWith("/school/home.xhtml"), browser.currentUrl());
        assertTrue(browser.find(By.id("schoolName")).getText().contains(SCHOOL));
    }

    @Test
    void aSuspensionReachesTheCitizensOpenSession(Browser browser, TestPortal portal) throws InterruptedException {
        Citizens.TestCitizen c = Citizens.active(portal);
        Browser citizen = Browsers.open(portal);
        try {
            signIn(citizen, c.username(), c.password());
            assertTrue(citizen.currentUrl().endsWith("/area/home.xhtml"), citizen.currentUrl());

            signInAsAdmin(browser);
            browser.click(By.id("menuCitizens"));
            findCitizen(browser, c.cf());
            browser.type(By.id("account:reason"), "Sessione aperta " + tag());
            browser.click(By.id("account:suspend"));
            assertEquals("Sospeso", browser.find(By.id("citState")).getText().trim());

            // Open sessions ask again after polis.session.recheck-seconds (2 s in the test portal).
            Thread.sleep(2500);
            citizen.open("/area/home.xhtml");
            assertTrue(citizen.currentUrl().contains("/login.xhtml"), "suspended session: " + citizen.currentUrl());
        } finally {
            citizen.close();
        }
    }

    @Test
    void aSuspendedCitizenCannotSignInIsToldByMailAndTheAuditLogShowsIt(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        String reason = "Verifica documenti " + tag();
        signInAsAdmin(browser);
        browser.click(By.id("menuCitizens"));
        findCitizen(browser, c.cf());
        assertEquals(c.username(), browser.find(By.id("citUsername")).getText().trim());
        browser.click(By.id("account:suspend"));
        assertTrue(browser.find(By.id("account:reasonMessage")).getText().contains("Scrivi il motivo"),
                "the reason is mandatory");
        assertEquals("ACTIVE", browser.find(By.id("citizen")).getAttribute("data-state"));
        browser.type(By.id("account:reason"), reason);
        browser.click(By.id("account:suspend"));
        assertEquals("Sospeso", browser.find(By.id("citState")).getText().trim());

        MimeMessage suspended = Mails.await(portal, c.email(), "sospeso");
        assertTrue(Mails.text(suspended).contains(reason), Mails.text(suspended));
        signOut(browser);
        signIn(browser, c.username(), c.password());
        assertTrue(browser.currentUrl().contains("/login.xhtml"), "suspended: " + browser.currentUrl());
        assertFalse(browser.findAll(By.cssSelector(".alert-danger")).isEmpty());

        signInAsAdmin(browser);
        browser.open("/ministry/admin/citizens.xhtml");
        findCitizen(browser, c.username());
        browser.type(By.id("account:reason"), "Documenti verificati");
        browser.click(By.id("account:reactivate"));
        assertEquals("Attivo", browser.find(By.id("citState")).getText().trim());
        Mails.await(portal, c.email(), "riattivato");

        signOut(browser);
        signIn(browser, c.username(), c.password());
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), "reactivated: " + browser.currentUrl());
        signOut(browser);

        // The audit log: what (action) on which account (target), by whom (actor), when (days).
        signInAsAdmin(browser);
        browser.click(By.id("menuAudit"));
        filterAudit(browser, null, "CITIZEN_SUSPENDED", c.username());
        List<WebElement> rows = auditRows(browser);
        assertEquals(1, rows.size(), browser.find(By.id("log:table")).getText());
        assertEquals(ADMIN, rows.get(0).findElement(By.cssSelector(".audit-actor")).getText());
        assertTrue(rows.get(0).findElement(By.cssSelector(".audit-detail")).getText().contains(reason));

        filterAudit(browser, ADMIN, null, c.username());
        rows = auditRows(browser);
        assertEquals(2, rows.size(), browser.find(By.id("log:table")).getText());
        assertEquals("CITIZEN_REACTIVATED", rows.get(0).findElement(By.cssSelector(".audit-action")).getText(),
                "newest first");
        assertEquals("CITIZEN_SUSPENDED", rows.get(1).findElement(By.cssSelector(".audit-action")).getText());

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        setDate(browser, "filter:from", today.minusDays(1));
        setDate(browser, "filter:to", today.plusDays(1));
        browser.click(By.id("filter:apply"));
        assertEquals(2, auditRows(browser).size(), "within the days");
        setDate(browser, "filter:from", today.plusDays(2));
        setDate(browser, "filter:to", today.plusDays(3));
        browser.click(By.id("filter:apply"));
        assertTrue(auditRows(browser).isEmpty(), "outside the days");
    }

    @Test
    void aLockedCitizenIsUnlockedByTheAdministrator(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        for (int i = 0; i < 5; i++) {
            signIn(browser, c.username(), "Not-The-Password-" + i);
        }
        signIn(browser, c.username(), c.password());
        assertTrue(browser.currentUrl().contains("/login.xhtml"), "locked: " + browser.currentUrl());
        Mails.await(portal, c.email(), "bloccato");

        signInAsAdmin(browser);
        browser.click(By.id("menuCitizens"));
        findCitizen(browser, c.registrationNumber());
        assertEquals(c.cf(), browser.find(By.id("citCf")).getText().trim());
        assertTrue(browser.find(By.id("citLocked")).getText().startsWith("Bloccato fino al"),
                browser.find(By.id("citLocked")).getText());
        browser.type(By.id("account:reason"), "Richiesta telefonica verificata");
        browser.click(By.id("account:unlock"));
        assertEquals("Non bloccato", browser.find(By.id("citLocked")).getText().trim());
        assertEquals("0", browser.find(By.id("citFailures")).getText().trim());
        signOut(browser);

        signIn(browser, c.username(), c.password());
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), "unlocked: " + browser.currentUrl());
    }

    @Test
    void otherOperatorsAreRefusedTheAdministrationPages(Browser browser) {
        signIn(browser, "helpdesk", DemoLogins.OPERATOR_PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/ministry/home.xhtml"), browser.currentUrl());
        assertEquals(0, browser.findAll(By.id("menuOperators")).size());
        for (String page : PAGES) {
            browser.open("/ministry/admin/" + page + ".xhtml");
            assertEquals(1, browser.findAll(By.id("errorPage")).size(), page);
            assertTrue(browser.h1().contains("Accesso non consentito"), page + ": " + browser.h1());
        }
    }

    @Test
    void unknownCitizenAndEmptySearchGetAClearAnswer(Browser browser) {
        signInAsAdmin(browser);
        browser.open("/ministry/admin/citizens.xhtml");
        findCitizen(browser, "");
        assertTrue(browser.find(By.id("find:queryMessage")).getText().contains("Scrivi il codice fiscale"));
        findCitizen(browser, "ZZZZZZ00A01H501Z");
        assertEquals(1, browser.findAll(By.id("notFound")).size());
    }

    private static void filterAudit(Browser browser, String actor, String action, String target) {
        browser.type(By.id("filter:actor"), actor == null ? "" : actor);
        browser.type(By.id("filter:action"), action == null ? "" : action);
        browser.type(By.id("filter:target"), target == null ? "" : target);
        browser.click(By.id("filter:apply"));
    }

    private static List<WebElement> auditRows(Browser browser) {
        return browser.findAll(By.cssSelector("#log\\:table tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector(".audit-action")).isEmpty()).toList();
    }

    private static void setDate(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find(By.id(id)), date.toString());
    }

    private static void findCitizen(Browser browser, String query) {
        browser.type(By.id("find:query"), query);
        browser.click(By.id("find:search"));
    }
}
