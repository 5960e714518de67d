package it.polis.it.platform;

import it.polis.it.support.Browser;
import it.polis.it.support.Http;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Italian by default, English from the browser or by choice; the choice is remembered. */
@ExtendWith(PortalExtension.class)
class LanguageIT {

    @Test
    void browserPreferenceChoosesTheLanguage(TestPortal portal) {
        var en = Http.get(portal.url("/info/faq.xhtml"), "Accept-Language", "en-GB,en;q=0.9");
        assertTrue(en.body().contains("lang=\"en\""), "English browser gets English");
        assertTrue(en.body().contains("Frequently asked questions"));
        var it = Http.get(portal.url("/info/faq.xhtml"), "Accept-Language", "it-IT,it;q=0.9");
        assertTrue(it.body().contains("lang=\"it\""));
        var other = Http.get(portal.url("/info/faq.xhtml"), "Accept-Language", "de-DE");
        assertTrue(other.body().contains("lang=\"it\""), "unsupported languages fall back to Italian");
    }

    @Test
    void switchToEnglishIsRememberedAcrossPagesAndBack(Browser browser) {
        browser.open("/info/faq.xhtml");
        assertEquals("it", browser.find(By.tagName("html")).getAttribute("lang"));
        browser.click(By.id("langSwitch"));
        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.currentUrl().endsWith("/info/faq.xhtml"), "stays on the same page: " + browser.currentUrl());
        assertTrue(browser.h1().contains("Frequently asked questions"), browser.h1());
        assertNotNull(browser.cookie("polis-lang"));

        browser.open("/info/guides.xhtml");
        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"), "choice remembered");
        assertTrue(browser.text().contains("Ministry of Education and Merit"));

        browser.click(By.id("langSwitch"));
        assertEquals("it", browser.find(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.text().contains("Ministero dell'Istruzione e del Merito"));
    }

    @Test
    void unknownLanguageParameterIsIgnored(TestPortal portal) {
        var response = Http.get(portal.url("/index.xhtml?lang=xx"));
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("polis-lang")));
    }
}
