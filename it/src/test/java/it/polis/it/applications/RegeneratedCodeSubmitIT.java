package it.polis.it.applications;

import it.polis.it.identity.SignInIT;
import it.polis.it.support.Browser;
import it.polis.it.support.Browsers;
import it.polis.it.support.Citizens;
import it.polis.it.support.Mails;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static it.polis.it.applications.RetirementSteps.DEMO_RETIREMENT;
import static it.polis.it.applications.RetirementSteps.RECEIPT_SUBJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Regenerate personal code" sends the account back to identification: a draft whose check page is
 * still open in another tab or browser can no longer be submitted, and nothing is protocolled.
 */
@ExtendWith(PortalExtension.class)
class RegeneratedCodeSubmitIT {

    @Test
    void aDraftCannotBeSubmittedOnceThePersonalCodeWasRegenerated(Browser browser, TestPortal portal)
            throws InterruptedException {
        Citizens.TestCitizen c = Citizens.active(portal);
        RetirementSteps.signIn(browser, c);
        RetirementSteps.apply(browser, DEMO_RETIREMENT);
        RetirementSteps.fillAll(browser);

        // Meanwhile, in another browser, the same person regenerates the personal code.
        Browser other = Browsers.open(portal);
        try {
            SignInIT.signIn(other, c.username(), c.password());
            other.open("/area/services/cp-regenerate.xhtml");
            other.click(By.id("cpRegenerate:understood"));
            other.type(By.id("cpRegenerate:password"), c.password());
            other.click(By.id("cpRegenerate:regenerate"));
            assertTrue(other.currentUrl().contains("/login.xhtml"), other.currentUrl());
        } finally {
            other.close();
        }
        Mails.await(portal, c.email(), "codice personale rigenerato");

        // Open sessions re-read their account after polis.session.recheck-seconds (2 s in the test portal).
        Thread.sleep(2500);
        RetirementSteps.submit(browser, c.personalCode());
        assertFalse(browser.currentUrl().contains("/area/applications/detail.xhtml"), browser.currentUrl());

        // Signed in again the person is waiting for identification: no applications, no receipt.
        SignInIT.signIn(browser, c.username(), c.password());
        assertTrue(browser.currentUrl().endsWith("/account/status.xhtml"), browser.currentUrl());
        browser.open("/area/applications/mine.xhtml");
        assertEquals(1, browser.findAll(By.id("errorPage")).size(), "refused by the server: " + browser.currentUrl());
        Thread.sleep(3000); // receipts are made every 2 s: give a wrongly accepted submit the time to mail one
        assertTrue(Mails.matching(portal.mail(), c.email(), RECEIPT_SUBJECT).isEmpty(), "nothing was submitted");
    }
}
