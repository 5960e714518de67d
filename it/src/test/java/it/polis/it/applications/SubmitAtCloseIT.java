package it.polis.it.applications;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.Http;
import it.polis.it.support.TestPortal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A submit that starts before the close and ends after it is not lost. The submit is held up on the
 * application's row lock (taken by a test servlet, as a concurrent submit of the same application
 * would), the portal clock passes the close meanwhile, and the submit then completes: accepted, with
 * a protocol number and a submission time after the close.
 */
@ExtendWith(ArquillianExtension.class)
class SubmitAtCloseIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "row-lock-it.war").addClass(RowLockServlet.class);
    }

    @ArquillianResource
    private URL lockApp;

    @Test
    void aSubmitInFlightAtTheCloseCompletes() throws Exception {
        TestPortal portal = TestPortal.get();
        String code = "AC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Browser browser = it.polis.it.support.Browsers.open(portal);
        try {
            RetirementSteps.newProcedureClosingInAnHour(browser, code);
            Citizens.TestCitizen c = Citizens.active(portal);
            RetirementSteps.signIn(browser, c);
            RetirementSteps.apply(browser, code);
            String id = RetirementSteps.applicationId(browser);
            RetirementSteps.fillAll(browser);
            browser.type(By.id("check:personalCode"), c.personalCode());
            try {
                // Hold the row under 2 s (H2's lock timeout), move the clock past the close halfway.
                assertEquals(200, Http.post(lockApp + "lock", "id=" + id + "&ms=1500").statusCode());
                CompletableFuture<Integer> closes = CompletableFuture.supplyAsync(() -> {
                    sleep(700);
                    return Http.post(portal.url("/dev/clock"), "offset=PT2H").statusCode();
                });
                browser.click(By.id("check:submit"));
                assertEquals(200, closes.get());
                assertTrue(RetirementSteps.PROTOCOL.matcher(browser.find(By.id("protocol")).getText()).matches(),
                        "accepted: " + browser.text());
                browser.open("/area/applications/detail.xhtml?id=" + id);
                assertEquals("SUBMITTED", browser.find(By.id("state")).getAttribute("data-state"));
                assertEquals(0, browser.findAll(By.id("detail:withdraw")).size(), "closed now: no withdrawal");
            } finally {
                Http.post(portal.url("/dev/clock"), "offset=PT0S");
            }
        } finally {
            browser.close();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
