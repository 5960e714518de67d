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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The competition candidature: its own fields and rules, from the catalogue to the emailed receipt. */
@ExtendWith(PortalExtension.class)
class CompetitionApplicationIT {

    static final String DEMO_COMPETITION = "DEMO-CONCORSO-2027";

    @Test
    void candidatureWithItsOwnRulesToTheReceipt(Browser browser, TestPortal portal) throws Exception {
        Citizens.TestCitizen c = Citizens.active(portal);
        RetirementSteps.signIn(browser, c);
        RetirementSteps.apply(browser, DEMO_COMPETITION);
        String id = RetirementSteps.applicationId(browser);

        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:regionMessage")).getText().contains("Compila questo campo"));
        assertTrue(browser.find(By.id("app:subjectClassMessage")).getText().contains("Compila questo campo"));
        new Select(browser.find(By.id("app:region"))).selectByVisibleText("Lazio");
        new Select(browser.find(By.id("app:subjectClass"))).selectByValue("A022");
        browser.click(By.id("app:next"));

        browser.type(By.id("app:degreeTitle"), "Laurea magistrale in Lettere");
        browser.type(By.id("app:degreeGrade"), "120");
        RetirementSteps.setValue(browser, By.id("app:degreeDate"), LocalDate.now().plusDays(10).toString());
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:degreeGradeMessage")).getText().contains("da 66 a 110"));
        assertTrue(browser.find(By.id("app:degreeDateMessage")).getText().contains("non può essere futura"));
        assertTrue(browser.find(By.id("app:degreeInstitutionMessage")).getText().contains("Compila questo campo"));

        browser.type(By.id("app:degreeGrade"), "105");
        browser.find(By.id("app:degreeHonours")).click();
        RetirementSteps.setValue(browser, By.id("app:degreeDate"), "2015-07-14");
        browser.type(By.id("app:degreeInstitution"), "Università di Roma La Sapienza");
        browser.click(By.id("app:next"));
        assertTrue(browser.find(By.id("app:degreeHonoursMessage")).getText().contains("solo con il voto 110"));
        browser.type(By.id("app:degreeGrade"), "110");
        browser.click(By.id("app:next"));

        assertEquals(0, browser.findAll(By.id("app:declContributions")).size(), "only this kind's declarations");
        for (String d : new String[] {"declTruthful", "declRequirements", "declPrivacy"}) {
            WebElement box = browser.find(By.id("app:" + d));
            if (!box.isSelected()) {
                box.click();
            }
        }
        browser.click(By.id("app:next"));
        assertTrue(browser.currentUrl().contains("/area/applications/check.xhtml"), browser.currentUrl());
        assertEquals("Lazio", browser.find(By.id("value-region")).getText());
        assertTrue(browser.find(By.id("value-subjectClass")).getText().startsWith("A022 - "));
        assertEquals("Sì", browser.find(By.id("value-degreeHonours")).getText());

        RetirementSteps.submit(browser, c.personalCode());
        String protocol = browser.find(By.id("protocol")).getText();
        assertTrue(RetirementSteps.PROTOCOL.matcher(protocol).matches(), protocol);
        MimeMessage mail = RetirementSteps.receiptMail(portal, c, 1);
        assertTrue(Mails.subject(mail).contains(protocol));
        assertNotNull(RetirementSteps.pdfAttachment(mail));
        browser.open("/area/applications/detail.xhtml?id=" + id);
        assertTrue(browser.find(By.id("data")).getText().contains("Università di Roma La Sapienza"));
    }
}
