package it.polis.it.rankings;

import it.polis.it.identity.SignInIT;
import it.polis.it.rankings.RankingFixtures.S;
import it.polis.it.rankings.RankingFixtures.T;
import it.polis.it.support.Browser;
import it.polis.it.support.PortalExtension;
import it.polis.platform.demo.DemoLogins;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ranking pages in a browser, by the demo operators, citizen and school, with axe on every page:
 * the publisher starts a dry run and follows it in the batch console, the approver approves it, the
 * publisher publishes it; the demo citizen sees the GPS score with its breakdown, the school ranking,
 * and the ATA and GAE demo lists; the school sees its own ranking, searched by name; a citizen cannot
 * open the console.
 */
@ExtendWith({ArquillianExtension.class, PortalExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RankingPagesIT {

    static final String PROCEDURE = "RNKPAGES";
    static final String CYCLE = "RNK-PAGES";

    @Deployment
    static WebArchive deployment() {
        return RankingDeployments.withJobs("ranking-pages-it", RankingPagesIT.class, RankingFixtures.class,
                RankingFixtures.T.class, RankingFixtures.S.class, RankingDeployments.class);
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Test
    @Order(1)
    void applicationsOfTheDemoCitizenAndOthers() throws Exception {
        tx.begin();
        RankingFixtures f = new RankingFixtures(em, PROCEDURE, 95_000_000L);
        f.procedure();
        em.createNativeQuery("INSERT INTO rnk_cycle (id, code, title_it, title_en, procedure_code) VALUES"
                + " (rnk_cycle_seq.NEXTVAL, ?, 'Prova pagine', 'Pages test', ?)").setParameter(1, CYCLE)
                .setParameter(2, PROCEDURE).executeUpdate();
        em.createNativeQuery("INSERT INTO rnk_rule (id, cycle_id, code, kind, qual_type, grade_from, grade_to, points,"
                + " max_points, max_count, description_it, description_en) SELECT rnk_rule_seq.NEXTVAL,"
                + " (SELECT id FROM rnk_cycle WHERE code = ?), code, kind, qual_type, grade_from, grade_to, points,"
                + " max_points, max_count, description_it, description_en FROM rnk_rule WHERE cycle_id = 1")
                .setParameter(1, CYCLE).executeUpdate();
        for (int i = 0; i < 25; i++) {
            f.candidate("RM", "A022", 2, LocalDate.of(1980 + i % 15, 3, 1), i % 3, List.of(),
                    List.of(new T("ACCESS", 70 + i)), List.of(), List.of("RMIC81200D"));
        }
        long mario = ((Number) em.createNativeQuery("SELECT id FROM account WHERE username = ?")
                .setParameter(1, DemoLogins.CITIZEN_USERNAME).getSingleResult()).longValue();
        f.candidateFor(mario, "RM", "A022", 2, List.of(new T("ACCESS", 108), new T("MASTER", 0)),
                List.of(new S("2024-10-01", "2024-10-16", "A022")), List.of("RMIC81200D"));
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void publishThenCitizenAndSchoolViews(Browser browser) {
        // The publisher: dry run, followed in the batch console.
        SignInIT.signIn(browser, "graduatorie.pubblica", DemoLogins.OPERATOR_PASSWORD);
        browser.click(By.id("menuRankings"));
        chooseCycle(browser);
        browser.type(By.id("runs:scope"), "RM/A022");
        browser.click(By.id("runs:dryRun"));
        assertTrue(browser.text().contains("Simulazione avviata"), browser.text());
        browser.click(By.id("runs:console"));
        assertTrue(browser.text().contains("publish-ranking"));
        browser.click(By.cssSelector("a.execution-link"));
        assertTrue(browser.find(By.id("execution:jobName")).getText().contains("publish-ranking"));
        assertTrue(browser.find(By.id("execution:params")).getText().contains("requestedBy=graduatorie.pubblica"));
        browser.open("/ministry/rankings/runs.xhtml");
        chooseCycle(browser);
        waitForState(browser, "Candidata");
        browser.click(By.cssSelector("a.diff-link"));
        assertTrue(browser.text().contains("Prima versione del ciclo"), browser.text());
        browser.open("/ministry/rankings/rules.xhtml?cycle=" + CYCLE);
        assertTrue(browser.text().contains("ACC-106"));
        browser.open("/ministry/batch/executions.xhtml");
        browser.click(By.cssSelector("a.execution-link"));
        assertEquals("COMPLETED", browser.find(By.id("execution:status")).getText());
        assertTrue(browser.text().contains("score"), "step metrics listed");
        signOut(browser);

        // The approver approves (the publisher could not: no button, and the service refuses).
        SignInIT.signIn(browser, "graduatorie.approva", DemoLogins.OPERATOR_PASSWORD);
        browser.open("/ministry/rankings/runs.xhtml");
        chooseCycle(browser);
        browser.click(By.cssSelector("input.approve"));
        assertTrue(browser.text().contains("Versione approvata"), browser.text());
        signOut(browser);

        SignInIT.signIn(browser, "graduatorie.pubblica", DemoLogins.OPERATOR_PASSWORD);
        browser.open("/ministry/rankings/runs.xhtml");
        chooseCycle(browser);
        browser.click(By.cssSelector("input.publish"));
        assertTrue(browser.text().contains("Pubblicazione avviata"), browser.text());
        waitForState(browser, "Pubblicata");
        signOut(browser);

        // The citizen: GPS score with its breakdown, the school ranking, ATA and GAE lists.
        SignInIT.signIn(browser, DemoLogins.CITIZEN_USERNAME, DemoLogins.CITIZEN_PASSWORD);
        browser.click(By.id("menuRankings"));
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

    private static void chooseCycle(Browser browser) {
        new Select(browser.find(By.id("runs:cycle"))).selectByValue(CYCLE);
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
