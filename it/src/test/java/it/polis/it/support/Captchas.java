package it.polis.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.Duration;

/**
 * Solves the anti-robot check (polis:captcha) like a user: ticks the widget's checkbox and waits
 * until the widget reports "verified" and its payload is in the form's hidden field. The test
 * portal runs with a small difficulty (polis.captcha.maxnumber in {@link TestPortal}), so the
 * real proof of work takes well under a second.
 */
public final class Captchas {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Captchas() {
    }

    /** Solves the first anti-robot check on the page; returns the payload the form will post. */
    public static String solve(Browser browser) {
        return solve(browser, browser.find(By.cssSelector("altcha-widget")));
    }

    /** Solves the check of the component with this client id (e.g. "demo:captcha"). */
    public static String solve(Browser browser, String componentClientId) {
        return solve(browser, browser.find(By.id(componentClientId + ":widget")));
    }

    private static String solve(Browser browser, WebElement widget) {
        WebElement box = checkbox(browser, widget);
        box.click();
        browser.waitFor(TIMEOUT).until(d -> "verified".equals(state(browser, widget)) && !payload(browser, widget).isEmpty());
        return payload(browser, widget);
    }

    /** The widget's checkbox, once the widget script has rendered it. */
    public static WebElement checkbox(Browser browser, WebElement widget) {
        browser.waitFor(TIMEOUT).until(d -> !widget.findElements(By.cssSelector("input[type=checkbox]")).isEmpty());
        return widget.findElement(By.cssSelector("input[type=checkbox]"));
    }

    /** The widget's own state: unverified, verifying, verified, expired, error. */
    public static String state(Browser browser, WebElement widget) {
        Object state = ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].getState ? arguments[0].getState() : null;", widget);
        return state == null ? "" : state.toString();
    }

    /** The value of the component's hidden field, which the form posts. */
    public static String payload(Browser browser, WebElement widget) {
        Object value = ((JavascriptExecutor) browser.driver()).executeScript(
                "var f = document.getElementById(arguments[0].getAttribute('data-polis-field'));"
                        + "return f ? f.value : '';", widget);
        return value == null ? "" : value.toString();
    }

    /** Puts a payload in the component's hidden field, as a forged or replayed post would carry it. */
    public static void setPayload(Browser browser, WebElement widget, String payload) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0].getAttribute('data-polis-field')).value = arguments[1];",
                widget, payload);
    }
}
