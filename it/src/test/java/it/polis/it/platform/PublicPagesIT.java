package it.polis.it.platform;

import it.polis.it.support.Browser;
import it.polis.it.support.PortalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public pages render in Italian by default, in the portal's layout, and pass axe. */
@ExtendWith(PortalExtension.class)
class PublicPagesIT {

    @ParameterizedTest
    @CsvSource({
            "/index.xhtml, Istanze OnLine",
            "/info/faq.xhtml, Domande frequenti",
            "/info/guides.xhtml, Guide",
            "/info/accessibility.xhtml, accessibilit",
            "/info/privacy.xhtml, dati personali",
            "/info/terms.xhtml, Condizioni",
            "/info/legal.xhtml, Note legali"})
    void pageRendersInTheLayout(String path, String heading, Browser browser) {
        browser.open(path);
        assertTrue(browser.h1().toLowerCase().contains(heading.toLowerCase()),
                path + " h1 was: " + browser.h1());
        assertEquals("it", browser.find(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.title().contains("POLIS"), browser.title());
        // Layout landmarks and the skip link of a public-service site.
        assertEquals(1, browser.findAll(By.tagName("main")).size());
        assertFalse(browser.findAll(By.cssSelector("header")).isEmpty(), "page header");
        assertTrue(browser.find(By.cssSelector("a.skip-link")).getAttribute("href").endsWith("#main"));
        assertTrue(browser.text().contains("Ministero dell'Istruzione e del Merito"));
        assertFalse(browser.text().contains("RES_NOT_FOUND"));
        assertEquals(1, browser.pagesChecked(), "the page got its accessibility check");
    }

    @Test
    void homeLeadsToSignInRegisterAndHelp(Browser browser) {
        browser.open("/");
        String text = browser.text();
        assertTrue(text.contains("Accedi"), text);
        assertTrue(text.contains("Registrati"), text);
        browser.click(By.linkText("Domande frequenti"));
        assertTrue(browser.currentUrl().contains("/info/faq.xhtml"));
    }

    @Test
    void faqExplainsThePersonalCodeAndWarnsAboutRegenerating(Browser browser) {
        browser.open("/info/faq.xhtml");
        String text = browser.find(By.tagName("main")).getAttribute("textContent").toLowerCase();
        assertTrue(text.contains("codice personale"), "FAQ mentions the personal code");
        assertTrue(text.contains("rigenera"), "FAQ explains regenerate");
        assertTrue(text.contains("scuola"), "FAQ explains identification at a school");
    }

    @Test
    void stylesheetAndFontsAreServed(Browser browser) {
        browser.open("/index.xhtml");
        Object family = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return getComputedStyle(document.body).fontFamily");
        assertTrue(String.valueOf(family).contains("Titillium"), "body font: " + family);
        Object fontsLoaded = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript("const done = arguments[0]; document.fonts.ready.then(() => "
                        + "done(document.fonts.check('16px \"Titillium Web\"')))");
        assertEquals(Boolean.TRUE, fontsLoaded);
    }
}
