package it.polis.it.applications;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.Http;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import it.polis.platform.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The procedure admin creates a procedure closing soon; a citizen's submit that starts after the close
 * (portal clock moved on) is refused with a clear message and the draft is kept, read-only.
 */
@ExtendWith(PortalExtension.class)
class SubmitWindowIT {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void aSubmitStartedAfterTheCloseIsRefusedAndTheDraftKept(Browser browser, TestPortal portal) {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        LocalDateTime rome = LocalDateTime.now(ZoneId.of("Europe/Rome"));

        // Procedure admin: new procedure, with a bad window first.
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), "procedure.admin");
        browser.type(By.cssSelector("input[type=password]"), DemoLogins.OPERATOR_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.click(By.id("menuProcedures"));
        assertTrue(browser.currentUrl().contains("/ministry/procedures/list.xhtml"), browser.currentUrl());
        assertEquals(1, browser.findAll(By.cssSelector("tr[data-code='DEMO-CESSAZIONI-2027'][data-phase='OPEN']")).size());
        browser.click(By.id("newProcedure"));
        browser.type(By.id("procedure:code"), code);
        new Select(browser.find(By.id("procedure:kind"))).selectByValue("RETIREMENT");
        browser.type(By.id("procedure:titleIt"), "Cessazioni di prova " + code);
        browser.type(By.id("procedure:titleEn"), "Test retirement " + code);
        RetirementSteps.setValue(browser, By.id("procedure:opensAt"), LOCAL.format(rome.minusHours(1)));
        RetirementSteps.setValue(browser, By.id("procedure:closesAt"), LOCAL.format(rome.minusHours(2)));
        browser.click(By.id("procedure:save"));
        assertTrue(browser.find(By.id("procedure:closesAtMessage")).getText().contains("successiva all'apertura"));
        RetirementSteps.setValue(browser, By.id("procedure:closesAt"), LOCAL.format(rome.plusHours(1)));
        browser.click(By.id("procedure:save"));
        assertTrue(browser.currentUrl().contains("/ministry/procedures/list.xhtml"), browser.currentUrl());
        assertEquals(1, browser.findAll(By.cssSelector("tr[data-code='" + code + "'][data-phase='OPEN']")).size());
        browser.click(By.id("signOut:signOutButton"));

        // A citizen gets to the check page while the procedure is open...
        Citizens.TestCitizen c = Citizens.active(portal);
        RetirementSteps.signIn(browser, c);
        RetirementSteps.apply(browser, code);
        String id = RetirementSteps.applicationId(browser);
        RetirementSteps.fillAll(browser);
        try {
            // ...and submits after the close.
            assertEquals(200, Http.post(portal.url("/dev/clock"), "offset=PT2H").statusCode());
            RetirementSteps.submit(browser, c.personalCode());
            assertTrue(browser.text().contains("La procedura si è chiusa prima dell'inoltro"), browser.text());
            browser.open("/area/applications/detail.xhtml?id=" + id);
            assertEquals("DRAFT", browser.find(By.id("state")).getAttribute("data-state"), "the draft is kept");
            assertEquals(1, browser.findAll(By.id("readOnly")).size(), "read-only after the close");
            assertEquals(0, browser.findAll(By.id("edit")).size());
            browser.open("/area/applications/form.xhtml?id=" + id + "&step=1");
            assertTrue(browser.currentUrl().contains("/area/applications/detail.xhtml"), "no editing after the close");
            browser.open("/area/applications/catalogue.xhtml");
            assertEquals(1, browser.findAll(By.cssSelector("#closedSection li[data-code='" + code + "']")).size());
        } finally {
            Http.post(portal.url("/dev/clock"), "offset=PT0S");
        }
        // Back before the close, the same draft goes through.
        browser.open("/area/applications/check.xhtml?id=" + id);
        RetirementSteps.submit(browser, c.personalCode());
        assertTrue(RetirementSteps.PROTOCOL.matcher(browser.find(By.id("protocol")).getText()).matches());
    }

    @Test
    void onlyTheProcedureAdminManagesProcedures(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        RetirementSteps.signIn(browser, c);
        browser.open("/ministry/procedures/list.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size());
        browser.click(By.id("signOut:signOutButton"));
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), "helpdesk");
        browser.type(By.cssSelector("input[type=password]"), DemoLogins.OPERATOR_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.open("/ministry/procedures/edit.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size(), "help desk operators cannot edit procedures");
    }
}
