package it.polis.rankings;

import it.polis.platform.demo.DemoLogins;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.logging.Logger;

/**
 * Demo lists only viewed in the portal (polis.demo.enabled=true only): the demo citizen's positions in a
 * GAE list, an ATA 24-month list and an ATA school list, among a few made-up colleagues, with GAE ties
 * broken by the earlier insertion.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class RankingsDemoData {

    private static final Logger LOG = Logger.getLogger(RankingsDemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "polis.demo.enabled", defaultValue = "false")
    private boolean enabled;

    record Row(String kind, String cf, String province, String list, String school, Integer band, int score,
               int position, String insertedOn) {
    }

    static final List<Row> ROWS = List.of(
            // GAE RM A022: 86 points; the colleague with the same score was inserted earlier and comes first.
            new Row("GAE", "DMOGAE70A01H501X", "RM", "A022", null, 3, 91, 1, "2005-07-30"),
            new Row("GAE", "DMOGAE71A01H501X", "RM", "A022", null, 3, 86, 2, "2004-07-30"),
            new Row("GAE", DemoLogins.CITIZEN_CF, "RM", "A022", null, 3, 86, 3, "2007-07-30"),
            new Row("GAE", "DMOGAE72A01H501X", "RM", "A022", null, 3, 70, 4, "2003-07-30"),
            new Row("ATA_24", "DMOATA70A01H501X", "RM", "AA", null, null, 48, 1, null),
            new Row("ATA_24", DemoLogins.CITIZEN_CF, "RM", "AA", null, null, 41, 2, null),
            new Row("ATA_SCHOOL", DemoLogins.CITIZEN_CF, "RM", "CS", "RMIC81200D", 3, 18, 2, null),
            new Row("ATA_SCHOOL", "DMOATA71A01H501X", "RM", "CS", "RMIC81200D", 3, 20, 1, null));

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        long present = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM rnk_list_position WHERE codice_fiscale = ?")
                .setParameter(1, DemoLogins.CITIZEN_CF).getSingleResult()).longValue();
        if (present > 0) {
            return;
        }
        for (Row r : ROWS) {
            // optional columns as literals: no typed nulls to bind
            em.createNativeQuery("INSERT INTO rnk_list_position (list_kind, codice_fiscale, province_code, list_code,"
                            + " school_code, band, score, position, inserted_on, school_year)"
                            + " VALUES (?, ?, ?, ?, " + (r.school() == null ? "NULL" : "'" + r.school() + "'") + ", "
                            + (r.band() == null ? "NULL" : r.band()) + ", ?, ?, "
                            + (r.insertedOn() == null ? "NULL" : "DATE '" + r.insertedOn() + "'") + ", '2026/27')")
                    .setParameter(1, r.kind()).setParameter(2, r.cf()).setParameter(3, r.province())
                    .setParameter(4, r.list()).setParameter(5, r.score()).setParameter(6, r.position())
                    .executeUpdate();
        }
        LOG.info("Ranking demo lists loaded");
    }
}
