package it.polis.it.identity;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.Http;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import it.polis.platform.demo.DemoLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in with the form, per-role landing pages, server-side role checks, sign-out. */
@ExtendWith(PortalExtension.class)
public class SignInIT {

    public static void signIn(Browser browser, String username, String password) {
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.cssSelector("input[type=password]"), password);
        browser.click(By.id("login:submit"));
    }

    @Test
    void citizenSignsInToThePersonalAreaAndOut(Browser browser) {
        browser.open("/index.xhtml");
        String anonymousSession = browser.cookie("JSESSIONID") == null ? "" : browser.cookie("JSESSIONID").getValue();
        signIn(browser, DemoLogins.CITIZEN_USERNAME, DemoLogins.CITIZEN_PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());
        assertEquals(DemoLogins.CITIZEN_USERNAME, browser.find(By.id("username")).getText());
        assertEquals("Attivo", browser.find(By.id("state")).getText());
        assertNotNull(browser.cookie("JSESSIONID"));
        assertNotEquals(anonymousSession, browser.cookie("JSESSIONID").getValue(), "session id rotated at sign-in");

        browser.click(By.id("signOut:signOutButton"));
        assertTrue(browser.currentUrl().endsWith("/index.xhtml"), browser.currentUrl());
        assertEquals(1, browser.findAll(By.id("headerLogin")).size());
        browser.open("/area/home.xhtml");
        assertTrue(browser.currentUrl().contains("/login.xhtml"), "signed out: asked to sign in again");
    }

    @Test
    void aFreshTestCitizenSignsInStraightToThePersonalArea(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        signIn(browser, c.username(), c.password());
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());
        assertEquals(c.username(), browser.find(By.id("username")).getText());
    }

    @Test
    void afterAFailedSignInAProtectedPageStillLeadsToTheForm(Browser browser) {
        signIn(browser, DemoLogins.CITIZEN_USERNAME, "not-the-password");
        browser.open("/area/home.xhtml");
        assertTrue(browser.currentUrl().contains("/login.xhtml"), browser.currentUrl());
        assertEquals(1, browser.findAll(By.id("login:username")).size(), "the sign-in form, not an empty page");
        browser.type(By.id("login:username"), DemoLogins.CITIZEN_USERNAME);
        browser.type(By.cssSelector("input[type=password]"), DemoLogins.CITIZEN_PASSWORD);
        browser.click(By.id("login:submit"));
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer(Browser browser) {
        signIn(browser, DemoLogins.CITIZEN_USERNAME, "not-the-password");
        String wrongPassword = browser.find(By.cssSelector(".alert-danger")).getText();
        signIn(browser, "nobody.at.all", "not-the-password");
        String unknownUser = browser.find(By.cssSelector(".alert-danger")).getText();
        assertEquals(wrongPassword, unknownUser);
        assertTrue(browser.currentUrl().contains("/login.xhtml"));
    }

    @Test
    void protectedPageAsksForSignInThenContinues(Browser browser) {
        browser.open("/school/home.xhtml");
        assertTrue(browser.currentUrl().contains("/login.xhtml"), browser.currentUrl());
        browser.type(By.id("login:username"), "RMIC81200D");
        browser.type(By.cssSelector("input[type=password]"), DemoLogins.SCHOOL_PASSWORD);
        browser.click(By.id("login:submit"));
        assertTrue(browser.currentUrl().endsWith("/school/home.xhtml"), browser.currentUrl());
        assertTrue(browser.find(By.id("schoolName")).getText().contains("RMIC81200D"));
    }

    @Test
    void operatorLandsOnTheMinistryAreaWithTheirRole(Browser browser) {
        signIn(browser, "helpdesk", DemoLogins.OPERATOR_PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/ministry/home.xhtml"), browser.currentUrl());
        assertEquals("Assistenza", browser.find(By.id("roles")).getText().trim());
    }

    @Test
    void rolesAreEnforcedByTheServer(Browser browser) {
        signIn(browser, DemoLogins.CITIZEN_USERNAME, DemoLogins.CITIZEN_PASSWORD);
        browser.open("/ministry/home.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size(), "a citizen is refused the ministry area");
        assertTrue(browser.h1().contains("Accesso non consentito"), browser.h1());
    }

    @Test
    void protectedPagesRedirectAnonymousRequests(TestPortal portal) {
        var response = Http.get(portal.url("/area/home.xhtml"));
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }
}
