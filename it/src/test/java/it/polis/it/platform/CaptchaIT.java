package it.polis.it.platform;

import it.polis.it.support.Browser;
import it.polis.it.support.Captchas;
import it.polis.it.support.Http;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The self-hosted anti-robot check (ALTCHA proof of work) on the dev-only demo page: required,
 * solved for real in the browser, accepted once, refused when replayed; texts in both languages;
 * every page state passes axe.
 */
@ExtendWith(PortalExtension.class)
class CaptchaIT {

    private static final String PAGE = "/dev/captcha.xhtml";
    private static final By WIDGET = By.id("demo:captcha:widget");
    private static final By SUBMIT = By.id("demo:submit");
    private static final By ERROR = By.cssSelector("#demo\\:messages .alert-danger");

    @Test
    void challengeEndpointIsFreshSignedAndNotCached(TestPortal portal) {
        var response = Http.get(portal.url("/api/captcha/challenge"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        String body = response.body();
        assertTrue(body.contains("\"algorithm\":\"SHA-256\""), body);
        assertTrue(body.contains("\"maxnumber\":2000"), "the test portal's small difficulty: " + body);
        assertTrue(body.matches(".*\"salt\":\"[0-9a-f]+\\?expires=\\d+&?\".*"), body);
        assertTrue(body.matches(".*\"signature\":\"[0-9a-f]{64}\".*"), body);
        assertFalse(response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                "no session for a challenge");
        assertFalse(body.equals(Http.get(portal.url("/api/captcha/challenge")).body()), "a new challenge every time");
    }

    @Test
    void submitWithoutSolvingIsRefusedAndTheFormStays(Browser browser) {
        browser.open(PAGE);
        WebElement widget = browser.find(WIDGET);
        WebElement box = Captchas.checkbox(browser, widget);
        String label = browser.find(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText();
        assertEquals("Non sono un robot", label.trim(), "labelled in the page language");

        browser.click(SUBMIT);
        assertTrue(browser.find(ERROR).getText().contains("Completa la verifica anti-robot"), browser.text());
        browser.checkAccessibility(); // the page with the error
        assertEquals(1, browser.findAll(SUBMIT).size(), "the form is still there");
        assertEquals(1, browser.findAll(WIDGET).size());
        assertTrue(browser.findAll(By.id("verified")).isEmpty());
        assertEquals("unverified", Captchas.state(browser, browser.find(WIDGET)));
    }

    @Test
    void solvedCheckIsAcceptedOnceAndAReplayIsRefused(Browser browser) {
        browser.open(PAGE);
        WebElement widget = browser.find(WIDGET);
        String payload = Captchas.solve(browser, "demo:captcha");
        String decoded = new String(Base64.getDecoder().decode(payload));
        assertTrue(decoded.contains("\"number\":") && decoded.contains("\"signature\":"), decoded);
        assertTrue(browser.find(By.cssSelector("#demo\\:captcha .altcha-label")).getText().contains("Verificato"),
                browser.text());
        browser.checkAccessibility(); // the verified state too
        assertEquals("verified", Captchas.state(browser, widget));

        browser.click(SUBMIT);
        assertTrue(browser.find(By.id("verified")).getText().contains("Verifica anti-robot superata"), browser.text());
        assertTrue(browser.findAll(ERROR).isEmpty());

        // The same payload again, posted by a fresh form: refused, the check is asked again.
        browser.open(PAGE);
        WebElement fresh = browser.find(WIDGET);
        Captchas.checkbox(browser, fresh);
        Captchas.setPayload(browser, fresh, payload);
        browser.click(SUBMIT);
        assertTrue(browser.find(ERROR).getText().contains("Verifica anti-robot non riuscita o scaduta"), browser.text());
        assertTrue(browser.findAll(By.id("verified")).isEmpty());
        assertEquals("", Captchas.payload(browser, browser.find(WIDGET)), "the refused payload is not offered again");

        // A new check on the same page passes.
        Captchas.solve(browser, "demo:captcha");
        browser.click(SUBMIT);
        assertEquals(1, browser.findAll(By.id("verified")).size(), browser.text());
    }

    @Test
    void forgedPayloadIsRefused(Browser browser) {
        browser.open(PAGE);
        WebElement widget = browser.find(WIDGET);
        Captchas.checkbox(browser, widget);
        String forged = Base64.getEncoder().encodeToString(("{\"algorithm\":\"SHA-256\",\"challenge\":\"" + "0".repeat(64)
                + "\",\"number\":1,\"salt\":\"00?expires=9999999999\",\"signature\":\"" + "0".repeat(64) + "\"}").getBytes());
        Captchas.setPayload(browser, widget, forged);
        browser.click(SUBMIT);
        assertTrue(browser.find(ERROR).getText().contains("Verifica anti-robot non riuscita o scaduta"), browser.text());
    }

    @Test
    void englishTexts(Browser browser) {
        browser.open(PAGE + "?lang=en");
        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        WebElement box = Captchas.checkbox(browser, browser.find(WIDGET));
        assertEquals("I'm not a robot",
                browser.find(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText().trim());
        browser.click(SUBMIT);
        assertTrue(browser.find(ERROR).getText().contains("Complete the anti-robot check"), browser.text());
        Captchas.setPayload(browser, browser.find(WIDGET), "bm90IGEgcGF5bG9hZA==");
        browser.click(SUBMIT);
        assertTrue(browser.find(ERROR).getText().contains("Verification failed or expired, try again"), browser.text());
        Captchas.solve(browser);
        assertTrue(browser.find(By.cssSelector("#demo\\:captcha .altcha-label")).getText().contains("Verified"));
        browser.click(SUBMIT);
        assertTrue(browser.find(By.id("verified")).getText().contains("Anti-robot check passed"), browser.text());
    }

    @Test
    void keyboardAloneSolvesIt(Browser browser) {
        browser.open(PAGE);
        WebElement box = Captchas.checkbox(browser, browser.find(WIDGET));
        box.sendKeys(Keys.SPACE);
        browser.waitFor(Duration.ofSeconds(30))
                .withMessage(() -> "state " + Captchas.state(browser, browser.find(WIDGET)) + ", checked "
                        + box.isSelected() + ", focus on " + browser.driver().switchTo().activeElement().getAttribute("id")
                        + ", payload '" + Captchas.payload(browser, browser.find(WIDGET)) + "'")
                .until(d -> "verified".equals(Captchas.state(browser, browser.find(WIDGET))));
        browser.find(SUBMIT).sendKeys(Keys.ENTER);
        browser.waitFor(Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("verified")).isEmpty());
    }
}
