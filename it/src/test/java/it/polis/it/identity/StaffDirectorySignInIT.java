package it.polis.it.identity;

import it.polis.it.support.Browser;
import it.polis.it.support.PortalExtension;
import it.polis.platform.demo.StaffDirectoryLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static it.polis.it.identity.SignInIT.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff sign in with their @istruzione.it mailbox credentials, checked by the staff directory (the
 * test run's in-memory LDAP server); the portal account linked by codice fiscale gives the roles,
 * and the portal keeps no password for it. Every refusal looks like any other failed sign-in.
 */
@ExtendWith(PortalExtension.class)
class StaffDirectorySignInIT {

    private static final StaffDirectoryLogins.Person HELP_DESK = person("mario.bianchi");
    private static final StaffDirectoryLogins.Person ADMIN = person("anna.verdi");
    private static final StaffDirectoryLogins.Person UNLINKED = person("luca.neri");

    private static StaffDirectoryLogins.Person person(String uid) {
        return StaffDirectoryLogins.PEOPLE.stream().filter(p -> p.uid().equals(uid)).findFirst().orElseThrow();
    }

    private static String failure(Browser browser) {
        assertTrue(browser.currentUrl().contains("/login.xhtml"), browser.currentUrl());
        return browser.find(By.cssSelector(".alert-danger")).getText();
    }

    @Test
    void mailboxCredentialsLeadToTheLinkedAccountsHome(Browser browser) {
        signIn(browser, HELP_DESK.uid(), StaffDirectoryLogins.PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/ministry/home.xhtml"), browser.currentUrl());
        assertEquals("Assistenza", browser.find(By.id("roles")).getText().trim());
        assertEquals(0, browser.findAll(By.id("menuOperators")).size(), "no administration for the help desk");
        browser.click(By.id("signOut:signOutButton"));

        // The full mailbox address works too.
        signIn(browser, HELP_DESK.mailbox(), StaffDirectoryLogins.PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/ministry/home.xhtml"), browser.currentUrl());
    }

    @Test
    void wrongMailboxPasswordAndUnlinkedPersonGetTheGenericFailure(Browser browser) {
        signIn(browser, "nobody.at.all", "not-the-password");
        String unknown = failure(browser);

        signIn(browser, HELP_DESK.mailbox(), "Not-The-Mailbox-Password");
        assertEquals(unknown, failure(browser), "wrong directory password");

        signIn(browser, UNLINKED.uid(), StaffDirectoryLogins.PASSWORD);
        assertEquals(unknown, failure(browser), "right password, but no portal account linked to the person");

        signIn(browser, HELP_DESK.uid(), "");
        assertTrue(browser.currentUrl().contains("/login.xhtml"), "an empty password is never a directory bind");
        assertEquals(1, browser.findAll(By.id("headerLogin")).size(), "still signed out");
    }

    @Test
    void thePortalKeepsNoPasswordForDirectoryAccounts(Browser browser) {
        // The directory administrator signs in with the mailbox password, then looks at their own account.
        signIn(browser, ADMIN.mailbox(), StaffDirectoryLogins.PASSWORD);
        assertTrue(browser.currentUrl().endsWith("/ministry/home.xhtml"), browser.currentUrl());
        assertEquals("Amministratore", browser.find(By.id("roles")).getText().trim());
        browser.click(By.id("menuOperators"));
        browser.type(By.id("operators:search"), ADMIN.uid());
        browser.click(By.id("operators:find"));
        browser.click(By.cssSelector("button[data-username='" + ADMIN.mailbox() + "']"));
        assertEquals(ADMIN.codiceFiscale(), browser.find(By.id("selCf")).getText().trim());
        assertEquals("Credenziali @istruzione.it", browser.find(By.id("selSignIn")).getText().trim());
        assertEquals("No", browser.find(By.id("selPassword")).getText().trim(), "no password hash in the account row");
        assertEquals(0, browser.findAll(By.id("edit:resetPassword")).size(), "no portal password to reset");
    }
}
