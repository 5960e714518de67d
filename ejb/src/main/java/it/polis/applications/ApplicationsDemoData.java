package it.polis.applications;

import it.polis.platform.PortalClock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo procedures (polis.demo.enabled=true only): one open procedure of each kind, one opening soon and
 * one closed. Their windows are set relative to the portal clock at every start, so the open ones are
 * open whenever the demo runs.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class ApplicationsDemoData {

    private static final Logger LOG = Logger.getLogger(ApplicationsDemoData.class.getName());

    record Demo(String code, ProcedureKind kind, String titleIt, String titleEn, String descIt, String descEn,
                Duration opensIn, Duration closesIn, int maxPreferences, String declarations) {

        Demo(String code, ProcedureKind kind, String titleIt, String titleEn, String descIt, String descEn,
             Duration opensIn, Duration closesIn, int maxPreferences) {
            this(code, kind, titleIt, titleEn, descIt, descEn, opensIn, closesIn, maxPreferences, null);
        }
    }

    static final List<Demo> DEMOS = List.of(
            new Demo("DEMO-CONCORSO-2027", ProcedureKind.COMPETITION, "Concorso docenti scuola secondaria 2027",
                    "Secondary teachers competition 2027",
                    "Candidatura al concorso ordinario per docenti della scuola secondaria.",
                    "Candidature for the ordinary competition for secondary school teachers.",
                    Duration.ofDays(-3), Duration.ofDays(30), 0),
            new Demo("DEMO-MOBILITA-2027", ProcedureKind.TRANSFER, "Mobilità docenti 2027/28",
                    "Teacher transfers 2027/28", "Domanda di trasferimento con fino a 15 preferenze.",
                    "Transfer request with up to 15 preferences.", Duration.ofDays(-2), Duration.ofDays(21), 15,
                    "Dichiaro di non aver presentato domanda di trasferimento in un'altra provincia per lo stesso anno."),
            new Demo("DEMO-CESSAZIONI-2027", ProcedureKind.RETIREMENT,
                    "Cessazioni dal servizio personale scolastico 2027",
                    "Retirement of school staff 2027",
                    "Domanda di cessazione dal servizio con decorrenza 1 settembre.",
                    "Request to leave service from 1 September.", Duration.ofDays(-1), Duration.ofDays(45), 0),
            new Demo("DEMO-GPS-2027", ProcedureKind.GPS, "GPS 2027/29: inserimento e aggiornamento",
                    "GPS 2027/29: insertion and update",
                    "Graduatorie provinciali per le supplenze, con la scelta di fino a 150 sedi.",
                    "Provincial rankings for substitute teachers, with up to 150 schools chosen.",
                    Duration.ofDays(-5), Duration.ofDays(14), 150),
            new Demo("DEMO-MOBILITA-ATA-2027", ProcedureKind.TRANSFER, "Mobilità personale ATA 2027/28",
                    "ATA staff transfers 2027/28", "Apre a breve.", "Opening soon.",
                    Duration.ofDays(5), Duration.ofDays(35), 15),
            new Demo("DEMO-CESSAZIONI-2026", ProcedureKind.RETIREMENT,
                    "Cessazioni dal servizio personale scolastico 2026",
                    "Retirement of school staff 2026", "Procedura chiusa.", "Closed procedure.",
                    Duration.ofDays(-90), Duration.ofDays(-30), 0));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    @Inject
    @ConfigProperty(name = "polis.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        Instant now = clock.now();
        for (Demo d : DEMOS) {
            Procedure p = em.createNamedQuery(Procedure.BY_CODE, Procedure.class).setParameter("code", d.code())
                    .getResultStream().findFirst().orElse(null);
            if (p == null) {
                p = new Procedure(d.code(), now);
                em.persist(p);
            }
            p.setKind(d.kind());
            p.setTitleIt(d.titleIt());
            p.setTitleEn(d.titleEn());
            p.setDescriptionIt(d.descIt());
            p.setDescriptionEn(d.descEn());
            p.setOpensAt(now.plus(d.opensIn()));
            p.setClosesAt(now.plus(d.closesIn()));
            p.setMaxPreferences(d.maxPreferences());
            p.setDeclarations(d.declarations());
            p.setUpdatedAt(now);
        }
        LOG.info(() -> "Demo procedures ready: " + DEMOS.size());
    }
}
