package it.polis.it.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Headless Debian Chromium driven offline by Selenium. Every page the test reaches through
 * {@link #open}, {@link #click} or {@link #back} gets an axe-core check; serious or critical
 * violations fail the test at once (call {@link #checkAccessibility} after AJAX updates).
 */
public final class Browser implements ExtensionContext.Store.CloseableResource {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final TestPortal portal;
    private final ChromeDriver raw;
    private final WebDriver driver;
    private final Set<String> checked = new HashSet<>();
    private String lastUrl = "";
    private int lastPageId;

    Browser(TestPortal portal) {
        this.portal = portal;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1024", "--lang=it-IT");
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("polis-chrome"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "it-IT,it"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        raw = new ChromeDriver(service, options);
        raw.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver = raw;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a portal path (e.g. "/info/faq.xhtml") or an absolute URL; the page gets its axe check. */
    public Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : portal.url(pathOrUrl));
        checkIfNewPage();
        return this;
    }

    /**
     * Clicks and, if that led to another page, checks it. For buttons and links the click waits
     * until the old page is gone (up to 10 s; AJAX buttons simply time out), so a slow server under
     * load cannot make the next step act on the page being left.
     */
    public Browser click(By by) {
        WebElement element = driver.findElement(by);
        String tag = element.getTagName();
        String type = element.getAttribute("type");
        boolean navigates = "a".equals(tag) || "button".equals(tag) && !"button".equals(type)
                || "input".equals(tag) && ("submit".equals(type) || "image".equals(type));
        element.click();
        if (navigates) {
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isGone(element));
            } catch (org.openqa.selenium.TimeoutException stayedOnThePage) {
                // An AJAX action or a link to the same document.
            }
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        }
        checkIfNewPage();
        return this;
    }

    /** The element no longer belongs to the current document (Chrome reports that in more than one way). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    /** Clears a field and types into it. */
    public Browser type(By by, String text) {
        WebElement field = driver.findElement(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser back() {
        driver.navigate().back();
        checkIfNewPage();
        return this;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String title() {
        return driver.getTitle();
    }

    /** The page's visible text; a page being replaced meanwhile (a click, an ajax update) is read again. */
    public String text() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    public String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public void deleteCookie(String name) {
        driver.manage().deleteCookieNamed(name);
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public WebDriverWait waitFor(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Runs axe now on the current page, whatever was checked before (after AJAX updates, say). */
    public void checkAccessibility() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(raw);
        List<Rule> blocking = results.getViolations().stream()
                .filter(r -> r.getImpact() != null && BLOCKING.contains(r.getImpact())).toList();
        if (!blocking.isEmpty()) {
            String report = blocking.stream().map(r -> "- [" + r.getImpact() + "] " + r.getId() + ": " + r.getHelp()
                    + r.getNodes().stream().limit(3).map(n -> "\n    at " + n.getTarget()).collect(Collectors.joining()))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("Accessibility violations on " + raw.getCurrentUrl() + " (" + raw.getTitle()
                    + "):\n" + report);
        }
    }

    private void checkIfNewPage() {
        String url = raw.getCurrentUrl();
        // A new document (full navigation or POST-redirect) has a new identity even at the same URL.
        Object id = raw.executeScript("if(!window.__polisPageId){window.__polisPageId=Math.random();}"
                + "return window.__polisPageId;");
        int pageId = id == null ? 0 : id.hashCode();
        if (url.equals(lastUrl) && pageId == lastPageId) {
            return;
        }
        lastUrl = url;
        lastPageId = pageId;
        String key = url.replaceAll("[?#].*$", "") + "|" + raw.getTitle();
        if (checked.add(key)) {
            checkAccessibility();
        }
    }

    /** How many distinct pages got an axe check (tests assert it is not zero). */
    public int pagesChecked() {
        return checked.size();
    }

    @Override
    public void close() {
        raw.quit();
    }
}
