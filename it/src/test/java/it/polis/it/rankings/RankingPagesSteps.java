package it.polis.it.rankings;

import it.polis.it.identity.SignInIT;
import it.polis.it.support.Browser;
import it.polis.it.support.TestPortal;
import it.polis.platform.demo.DemoLogins;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser side of {@link RankingPagesIT} (client side only: the test deployment never loads it), with
 * axe on every page the walk opens.
 */
final class RankingPagesSteps {

    private RankingPagesSteps() {
    }

    /** The whole walk, with a browser of its own (closed at the end). */
    static void run(String cycle) throws Exception {
        var constructor = Browser.class.getDeclaredConstructor(TestPortal.class);
        constructor.setAccessible(true);
        Browser browser = constructor.newInstance(TestPortal.get());
        try {
            walk(browser, cycle);
        } finally {
            browser.close();
        }
    }

    private static void walk(Browser browser, String cycle) {
        // The publisher: dry run, followed in the batch console.
        SignInIT.signIn(browser, "graduatorie.pubblica", DemoLogins.OPERATOR_PASSWORD);
        browser.click(By.id("menuRankings"));
        chooseCycle(browser, cycle);
        browser.type(By.id("runs:scope"), "RM/A022");
        browser.click(By.id("runs:dryRun"));
        assertTrue(browser.text().contains("Simulazione avviata"), browser.text());
        browser.click(By.id("runs:console"));
        assertTrue(browser.text().contains("publish-ranking"));
        browser.click(By.cssSelector("a.execution-link"));
        assertTrue(browser.find(By.id("jobName")).getText().contains("publish-ranking"));
        assertTrue(browser.find(By.id("params")).getText().contains("requestedBy=graduatorie.pubblica"));
        browser.open("/ministry/rankings/runs.xhtml");
        chooseCycle(browser, cycle);
        waitForState(browser, "Candidata");
        browser.click(By.cssSelector("a.diff-link"));
        assertTrue(browser.text().contains("Prima versione del ciclo"), browser.text());
        browser.open("/ministry/rankings/rules.xhtml?cycle=" + cycle);
        assertTrue(browser.text().contains("ACC-106"));
        browser.open("/ministry/batch/executions.xhtml");
        browser.click(By.cssSelector("a.execution-link"));
        assertEquals("COMPLETED", browser.find(By.id("status")).getText());
        assertTrue(browser.text().contains("score"), "step metrics listed");
        signOut(browser);

        // The approver approves (the publisher could not: no button, and the service refuses).
        SignInIT.signIn(browser, "graduatorie.approva", DemoLogins.OPERATOR_PASSWORD);
        browser.open("/ministry/rankings/runs.xhtml");
        chooseCycle(browser, cycle);
        browser.click(By.cssSelector("input.approve"));
        assertTrue(browser.text().contains("Versione approvata"), browser.text());
        signOut(browser);

        SignInIT.signIn(browser, "graduatorie.pubblica", DemoLogins.OPERATOR_PASSWORD);
        browser.open("/ministry/rankings/runs.xhtml");
        chooseCycle(browser, cycle);
        browser.click(By.cssSelector("input.publish"));
        assertTrue(browser.text().contains("Pubblicazione avviata"), browser.text());
        waitForState(browser, "Pubblicata");
        signOut(browser);

        // The citizen: GPS score with its breakdown, the school ranking, ATA and GAE lists.
        SignInIT.signIn(browser, DemoLogins.CITIZEN_USERNAME, DemoLogins.CITIZEN_PASSWORD);
        browser.click(By.id("menuRankings"));
        browser.click(By.cssSelector("details.breakdown summary"));
        String page = browser.text();
        assertTrue(page.contains("Graduatorie provinciali per le supplenze"), page);
        assertTrue(page.contains("ACC-106") && page.contains("SRV-IN") && page.contains("MASTER"), page);
        assertTrue(page.contains("Graduatorie di istituto"), page);
        assertTrue(page.contains("Graduatorie ad esaurimento (GAE)") && page.contains("3 su 4"), page);
        assertTrue(page.contains("Graduatorie permanenti ATA (24 mesi)"), page);
        // 20 + 1 + 2 = 23 points: first of 26 in RM A022 (the others have at most 20)
        assertTrue(page.contains("23.00") && page.contains("1 su 26"), page);
        browser.open("/ministry/batch/executions.xhtml");
        assertFalse(browser.text().contains("publish-ranking"), "a citizen does not see the console");
        signOut(browser);

        // The school: its own ranking, searched by name.
        SignInIT.signIn(browser, "RMIC81200D", DemoLogins.SCHOOL_PASSWORD);
        browser.click(By.id("goRankings"));
        assertEquals(20, browser.findAll(By.cssSelector("span.school-name")).size(), "the first page of 20");
        assertTrue(browser.text().contains("Righe da 1 a 20 di"), browser.text());
        browser.type(By.id("school:search"), "Rossi");
        browser.click(By.id("school:apply"));
        browser.waitFor(Duration.ofSeconds(10)).until(d -> browser.findAll(By.cssSelector("span.school-name")).size() == 1);
        assertEquals("1", browser.find(By.cssSelector("span.school-position")).getText());
        assertTrue(browser.pagesChecked() >= 8, "axe ran on every page: " + browser.pagesChecked());
    }

    private static void chooseCycle(Browser browser, String cycle) {
        new Select(browser.find(By.id("runs:cycle"))).selectByValue(cycle);
        browser.click(By.id("runs:show"));
    }

    private static void waitForState(Browser browser, String state) {
        long deadline = System.currentTimeMillis() + 180_000;
        while (!browser.find(By.cssSelector("#runs\\:versions .version-state")).getText().equals(state)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("version never " + state + ": " + browser.text());
            }
            browser.click(By.id("runs:refresh"));
        }
    }

    private static void signOut(Browser browser) {
        browser.click(By.id("signOut:signOutButton"));
    }
}
