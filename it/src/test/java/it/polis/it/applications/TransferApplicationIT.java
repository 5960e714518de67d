package it.polis.it.applications;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transfer request: current service, an ordered list of preferences (schools found by search,
 * comuni, districts, provinces; no duplicates; moved up and down with buttons; counted), declarations,
 * to the submit with a protocol number.
 */
@ExtendWith(PortalExtension.class)
class TransferApplicationIT {

    @Test
    void preferencesInOrderWithoutDuplicatesToTheSubmit(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        RetirementSteps.signIn(browser, c);
        RetirementSteps.apply(browser, "DEMO-MOBILITA-2027");
        String id = RetirementSteps.applicationId(browser);

        browser.type(By.id("app:serviceSchool"), "RMXX00000X");
        browser.type(By.id("app:serviceYears"), "99");
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:serviceSchoolMessage")).getText().contains("Nessuna scuola"));
        assertTrue(browser.find(By.id("app:serviceYearsMessage")).getText().contains("da 0 a 45"));
        assertTrue(browser.find(By.id("app:familyReasonMessage")).getText().contains("Compila"));
        browser.type(By.id("app:serviceSchool"), "RMIC81200D");
        browser.type(By.id("app:serviceYears"), "12");
        new Select(browser.find(By.id("app:familyReason"))).selectByValue("CHILDREN");
        browser.type(By.id("app:childrenUnder6"), "x");
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:childrenUnder6Message")).getText().contains("da 0 a 15"));
        browser.type(By.id("app:childrenUnder6"), "1");
        browser.type(By.id("app:children6to17"), "2");
        browser.click(By.id("app:next"));

        browser.click(By.id("app:next"));
        assertTrue(browser.text().contains("Indica almeno una preferenza"), browser.text());

        browser.type(By.id("app:schoolQuery"), "Roma");
        browser.click(By.id("app:searchSchools"));
        browser.click(By.cssSelector("li[data-school='RMPS01000G'] input[type=submit]"));
        assertEquals(List.of("SCHOOL:RMPS01000G"), preferences(browser));
        browser.type(By.id("app:schoolQuery"), "Roma");
        browser.click(By.id("app:searchSchools"));
        browser.click(By.cssSelector("li[data-school='RMPS01000G'] input[type=submit]"));
        assertTrue(browser.text().contains("già nell'elenco"), "no duplicates");

        new Select(browser.find(By.id("app:placeType"))).selectByValue("PROVINCIA");
        browser.type(By.id("app:placeValue"), "mi");
        browser.click(By.id("app:addPlace"));
        new Select(browser.find(By.id("app:placeType"))).selectByValue("COMUNE");
        browser.type(By.id("app:placeValue"), "Atlantide");
        browser.click(By.id("app:addPlace"));
        assertTrue(browser.find(By.id("app:placeValueMessage")).getText().contains("non trovata"));
        browser.type(By.id("app:placeValue"), "Napoli");
        browser.click(By.id("app:addPlace"));
        assertEquals(List.of("SCHOOL:RMPS01000G", "PROVINCIA:MI", "COMUNE:Napoli"), preferences(browser));
        assertTrue(browser.find(By.id("prefCount")).getText().startsWith("3 di 15"), browser.find(By.id("prefCount")).getText());

        // Keyboard-operable reordering: move Napoli up, then remove the province.
        browser.click(By.cssSelector("li[data-preference='COMUNE:Napoli'] input[id$=':up']"));
        assertEquals(List.of("SCHOOL:RMPS01000G", "COMUNE:Napoli", "PROVINCIA:MI"), preferences(browser));
        browser.click(By.cssSelector("li[data-preference='PROVINCIA:MI'] input[id$=':remove']"));
        assertEquals(List.of("SCHOOL:RMPS01000G", "COMUNE:Napoli"), preferences(browser));

        browser.click(By.id("app:next"));
        for (String d : new String[] {"declTruthful", "declPrivacy"}) {
            browser.find(By.id("app:" + d)).click();
        }
        // The procedure's own declaration: shown with its text, needed to go on.
        assertTrue(browser.find(By.id("procedureDeclarations")).getText().contains("in un'altra provincia"));
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:procDecl1Message")).getText().contains("necessaria"), browser.text());
        browser.find(By.id("app:procDecl1")).click();
        browser.click(By.id("app:next"));
        assertTrue(browser.currentUrl().contains("/area/applications/check.xhtml"), browser.currentUrl());
        // Declared points with their rules: 12 years x 6, joining children 6, 1 x 4, 2 x 3.
        assertEquals("88", browser.find(By.id("pointsTotal")).getText());
        assertEquals(4, browser.findAll(By.cssSelector("#points tbody tr")).size(), browser.find(By.id("points")).getText());
        assertEquals("Scuola RMPS01000G", browser.find(By.id("value-pref01")).getText());
        assertEquals("Comune Napoli", browser.find(By.id("value-pref02")).getText());
        assertEquals(0, browser.findAll(By.id("value-pref03")).size(), "empty preferences are not listed");
        RetirementSteps.submit(browser, c.personalCode());
        assertTrue(RetirementSteps.PROTOCOL.matcher(browser.find(By.id("protocol")).getText()).matches());
        assertTrue(RetirementSteps.receiptMail(portal, c, 1) != null);
        browser.open("/area/applications/detail.xhtml?id=" + id);
        assertTrue(browser.find(By.id("data")).getText().contains("Comune Napoli"));
        assertTrue(browser.find(By.id("data")).getText().contains("in un'altra provincia"), "the declaration's text");
        assertEquals("88", browser.find(By.id("pointsTotal")).getText());
    }

    private static List<String> preferences(Browser browser) {
        return browser.findAll(By.cssSelector("#preferences li")).stream()
                .map((WebElement li) -> li.getAttribute("data-preference")).toList();
    }
}
