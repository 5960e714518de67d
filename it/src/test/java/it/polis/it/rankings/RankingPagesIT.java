package it.polis.it.rankings;

import it.polis.it.rankings.RankingFixtures.S;
import it.polis.it.rankings.RankingFixtures.T;
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

import java.time.LocalDate;
import java.util.List;


/**
 * The ranking pages in a browser, by the demo operators, citizen and school, with axe on every page:
 * the publisher starts a dry run and follows it in the batch console, the approver approves it, the
 * publisher publishes it; the demo citizen sees the GPS score with its breakdown, the school ranking,
 * and the ATA and GAE demo lists; the school sees its own ranking, searched by name; a citizen cannot
 * open the console.
 */
@ExtendWith(ArquillianExtension.class)
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
    void publishThenCitizenAndSchoolViews() throws Exception {
        RankingPagesSteps.run(CYCLE);
    }
}
