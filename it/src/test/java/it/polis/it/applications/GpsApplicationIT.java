package it.polis.it.applications;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.Mails;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GPS insertion/update: province and profile, subject classes with band, qualifications and service
 * periods (rows added and removed, dates and required fields checked), the school choice (search, add,
 * reorder with the buttons, no duplicates, counted), the check page and the submit with the personal
 * code, to the emailed receipt.
 */
@ExtendWith(PortalExtension.class)
class GpsApplicationIT {

    private static final String DEMO_GPS = "DEMO-GPS-2027";

    @Test
    void everyStepToTheReceipt(Browser browser, TestPortal portal) throws Exception {
        Citizens.TestCitizen c = Citizens.active(portal);
        RetirementSteps.signIn(browser, c);
        RetirementSteps.apply(browser, DEMO_GPS);
        String id = RetirementSteps.applicationId(browser);

        // Province and profile: both required.
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:gpsProfileMessage")).getText().contains("Compila"));
        assertTrue(browser.find(By.id("app:provinceMessage")).getText().contains("Compila"));
        new Select(browser.find(By.id("app:gpsProfile"))).selectByValue("DOCENTE");
        new Select(browser.find(By.id("app:province"))).selectByValue("RM");
        // What the ranking ties need: children and a legal preference title (the first of the list).
        browser.type(By.id("app:children"), "99");
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:childrenMessage")).getText().contains("da 0 a 20"));
        browser.type(By.id("app:children"), "2");
        browser.find(By.id("app:prefTitles:0")).click();
        browser.click(By.id("app:next"));

        // Subject classes with band: a second row added; the same class twice is refused.
        assertTrue(browser.h1().contains("Classi di concorso"), browser.h1());
        new Select(browser.find(By.id("app:clsRows:0:clsCode"))).selectByValue("A022");
        new Select(browser.find(By.id("app:clsRows:0:clsBand"))).selectByValue("1");
        browser.click(By.id("app:addCls"));
        new Select(browser.find(By.id("app:clsRows:1:clsCode"))).selectByValue("A022");
        new Select(browser.find(By.id("app:clsRows:1:clsBand"))).selectByValue("2");
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:clsRows:1:clsCodeMessage")).getText().contains("gi\u00e0 indicata"));
        new Select(browser.find(By.id("app:clsRows:1:clsCode"))).selectByValue("A028");
        browser.click(By.id("app:next"));

        // Qualifications: none is refused; bad grade, future date and a missing institution named per field.
        assertTrue(browser.h1().contains("Titoli"), browser.h1());
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:qualRows:0:qualTitleMessage")).getText().contains("almeno un titolo"));
        browser.type(By.id("app:qualRows:0:qualTitle"), "Laurea magistrale in Lettere");
        browser.type(By.id("app:qualRows:0:qualGrade"), "200");
        RetirementSteps.setValue(browser, By.id("app:qualRows:0:qualDate"), LocalDate.now().plusYears(1).toString());
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:qualRows:0:qualGradeMessage")).getText().contains("da 1 a 110"));
        assertTrue(browser.find(By.id("app:qualRows:0:qualDateMessage")).getText().contains("futura"));
        assertTrue(browser.find(By.id("app:qualRows:0:qualInstitutionMessage")).getText().contains("Compila"));
        assertTrue(browser.find(By.id("app:qualRows:0:qualTypeMessage")).getText().contains("Compila"));
        new Select(browser.find(By.id("app:qualRows:0:qualType"))).selectByValue("ACCESS");
        browser.type(By.id("app:qualRows:0:qualGrade"), "108");
        RetirementSteps.setValue(browser, By.id("app:qualRows:0:qualDate"), "2019-07-15");
        browser.type(By.id("app:qualRows:0:qualInstitution"), "Universit\u00e0 di Roma");
        browser.click(By.id("app:addQual"));
        browser.type(By.id("app:qualRows:1:qualTitle"), "Titolo da togliere");
        browser.click(By.id("app:qualRows:1:removeRow"));
        assertEquals(1, browser.findAll(By.cssSelector("fieldset.gps-row")).size());
        assertEquals("Laurea magistrale in Lettere", browser.find(By.id("app:qualRows:0:qualTitle")).getAttribute("value"));
        browser.click(By.id("app:next"));

        // Service periods: the end before the start is refused.
        assertTrue(browser.h1().contains("Servizi"), browser.h1());
        browser.type(By.id("app:servRows:0:servSchool"), "RMIC81200D");
        RetirementSteps.setValue(browser, By.id("app:servRows:0:servFrom"), "2025-06-30");
        RetirementSteps.setValue(browser, By.id("app:servRows:0:servTo"), "2024-09-15");
        new Select(browser.find(By.id("app:servRows:0:servClass"))).selectByValue("A022");
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:servRows:0:servToMessage")).getText().contains("non pu\u00f2 precedere"));
        RetirementSteps.setValue(browser, By.id("app:servRows:0:servFrom"), "2024-09-15");
        RetirementSteps.setValue(browser, By.id("app:servRows:0:servTo"), "2025-06-30");
        browser.click(By.id("app:next"));

        // School choice: none is refused; search, add, duplicate refused, reorder with the buttons, remove.
        assertTrue(browser.h1().contains("Scelta delle sedi"), browser.h1());
        assertTrue(browser.find(By.id("schoolCount")).getText().startsWith("0 di 150"));
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:schoolListMessage")).getText().contains("almeno una sede"));
        addSchool(browser, "Roma", "RMPS01000G");
        addSchool(browser, "Roma", "RMIC81200D");
        addSchool(browser, "Milano", "MIEE01200B");
        addSchool(browser, "NAIS003", "NAIS00300X");
        assertEquals(List.of("RMPS01000G", "RMIC81200D", "MIEE01200B", "NAIS00300X"), schools(browser));
        assertTrue(browser.find(By.id("schoolCount")).getText().startsWith("4 di 150"), browser.find(By.id("schoolCount")).getText());
        addSchool(browser, "RMPS01000G", "RMPS01000G");
        assertTrue(browser.find(By.id("app:schoolListMessage")).getText().contains("gi\u00e0 nell'elenco"));
        assertEquals(4, schools(browser).size(), "no duplicates");
        browser.click(By.id("app:schoolList:0:down"));
        assertEquals(List.of("RMIC81200D", "RMPS01000G", "MIEE01200B", "NAIS00300X"), schools(browser));
        browser.click(By.id("app:schoolList:3:up"));
        assertEquals(List.of("RMIC81200D", "RMPS01000G", "NAIS00300X", "MIEE01200B"), schools(browser));
        browser.click(By.id("app:schoolList:3:remove"));
        assertEquals(List.of("RMIC81200D", "RMPS01000G", "NAIS00300X"), schools(browser));
        assertTrue(browser.find(By.id("schoolCount")).getText().startsWith("3 di 150"));
        browser.click(By.id("app:next"));

        for (String d : new String[] {"declTruthful", "declPrivacy"}) {
            browser.find(By.id("app:" + d)).click();
        }
        browser.click(By.id("app:next"));

        // Check page: every step with its data and a change link.
        assertTrue(browser.currentUrl().contains("/area/applications/check.xhtml"), browser.currentUrl());
        assertEquals("Roma", browser.find(By.id("value-province")).getText());
        assertTrue(browser.find(By.id("value-cls02Code")).getText().startsWith("A028"));
        assertEquals("Fascia 2", browser.find(By.id("value-cls02Band")).getText());
        assertEquals("108", browser.find(By.id("value-qual01Grade")).getText());
        assertEquals("Titolo di accesso", browser.find(By.id("value-qual01Type")).getText());
        assertEquals("2", browser.find(By.id("value-children")).getText());
        assertTrue(browser.find(By.id("value-prefTitles")).getText().startsWith("Insigniti di medaglia"),
                browser.find(By.id("value-prefTitles")).getText());
        assertTrue(browser.find(By.id("value-sch001")).getText().startsWith("RMIC81200D"));
        assertTrue(browser.find(By.id("value-sch003")).getText().startsWith("NAIS00300X"));
        assertEquals(0, browser.findAll(By.id("value-sch004")).size(), "empty places are not listed");
        assertEquals(0, browser.findAll(By.id("value-qual02Title")).size(), "removed rows are not listed");
        assertEquals(6, browser.findAll(By.cssSelector("a.change-link")).size());
        browser.click(By.cssSelector("section[data-step='schools'] a.change-link"));
        assertTrue(browser.h1().contains("Scelta delle sedi"), browser.h1());
        assertEquals(List.of("RMIC81200D", "RMPS01000G", "NAIS00300X"), schools(browser));
        browser.open("/area/applications/check.xhtml?id=" + id);

        RetirementSteps.submit(browser, c.personalCode());
        String protocol = browser.find(By.id("protocol")).getText();
        assertTrue(RetirementSteps.PROTOCOL.matcher(protocol).matches(), protocol);
        MimeMessage mail = RetirementSteps.receiptMail(portal, c, 1);
        assertNotNull(mail);
        assertNotNull(RetirementSteps.pdfAttachment(mail), "the receipt PDF is attached");
        assertEquals(protocol, Mails.find(mail, "protocollo: ([^\\r\\n]+)").trim());
        browser.open("/area/applications/detail.xhtml?id=" + id);
        String data = browser.find(By.id("data")).getText();
        assertTrue(data.contains("NAIS00300X") && data.contains("Laurea magistrale in Lettere"), data);
    }

    @Test
    void theAtaVariantChoosesUpTo30Schools(Browser browser, TestPortal portal) {
        Citizens.TestCitizen c = Citizens.active(portal);
        RetirementSteps.signIn(browser, c);
        RetirementSteps.apply(browser, DEMO_GPS);
        new Select(browser.find(By.id("app:gpsProfile"))).selectByValue("ATA");
        new Select(browser.find(By.id("app:province"))).selectByValue("MI");
        browser.click(By.id("app:next"));
        // ATA profiles instead of subject classes.
        new Select(browser.find(By.id("app:clsRows:0:clsCode"))).selectByValue("CS");
        new Select(browser.find(By.id("app:clsRows:0:clsBand"))).selectByValue("2");
        browser.click(By.id("app:next"));
        new Select(browser.find(By.id("app:qualRows:0:qualType"))).selectByValue("ACCESS");
        browser.type(By.id("app:qualRows:0:qualTitle"), "Diploma di maturit\u00e0");
        browser.type(By.id("app:qualRows:0:qualGrade"), "80");
        RetirementSteps.setValue(browser, By.id("app:qualRows:0:qualDate"), "2010-07-10");
        browser.type(By.id("app:qualRows:0:qualInstitution"), "Liceo di Milano");
        browser.click(By.id("app:next"));
        browser.click(By.id("app:next"));
        assertTrue(browser.h1().contains("Scelta delle sedi"), browser.h1());
        addSchool(browser, "Milano", "MIEE01200B");
        assertTrue(browser.find(By.id("schoolCount")).getText().startsWith("1 di 30"), browser.find(By.id("schoolCount")).getText());
        addSchool(browser, "RMPS01000G", "RMPS01000G");
        assertEquals(List.of("MIEE01200B", "RMPS01000G"), schools(browser));

        // Reordering by drag: the rows are sortable, and a row dropped elsewhere sends the table's
        // reorder event (the request the drag and drop makes), whose new order is saved.
        assertEquals(1, browser.findAll(By.cssSelector("#app\\:schoolList tbody.ui-sortable")).size());
        ((JavascriptExecutor) browser.driver()).executeScript("var a = PF('schoolChoice');"
                + "a.callBehavior('rowReorder', {source: a.id, process: a.id, params: ["
                + "{name: a.id + '_rowreorder', value: true}, {name: a.id + '_fromIndex', value: 1},"
                + "{name: a.id + '_toIndex', value: 0}, {name: a.id + '_skipChildren', value: true}]});");
        browser.waitFor(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> schools(browser).equals(List.of("RMPS01000G", "MIEE01200B")));
        browser.checkAccessibility();
        browser.open(browser.currentUrl());
        assertEquals(List.of("RMPS01000G", "MIEE01200B"), schools(browser), "the dragged order is saved");
    }

    private static void addSchool(Browser browser, String query, String code) {
        browser.type(By.id("app:choiceQuery"), query);
        browser.click(By.id("app:searchChoices"));
        browser.click(By.cssSelector("#choiceHits li[data-school='" + code + "'] input[type=submit]"));
    }

    private static List<String> schools(Browser browser) {
        return browser.findAll(By.cssSelector("#app\\:schoolList span.choice")).stream()
                .map((WebElement s) -> s.getAttribute("data-school")).toList();
    }
}
