package it.polis.web.view.area.rankings;

import it.polis.rankings.MyPosition;
import it.polis.rankings.RankingViews;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** area/rankings/positions.xhtml: the citizen's scores with their breakdown and positions in every ranking. */
@Named("myRankingsView")
@ViewScoped
public class PositionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The sections of the page, in order. */
    public static final List<String> KINDS = List.of("GPS", "SCHOOL", "ATA_SCHOOL", "ATA_24", "GAE");

    @EJB
    private RankingViews views;

    private List<MyPosition> positions;

    @PostConstruct
    void init() {
        positions = views.mine();
    }

    public List<String> getKinds() {
        return KINDS.stream().filter(k -> positions.stream().anyMatch(p -> p.kind().equals(k))).toList();
    }

    public List<MyPosition> of(String kind) {
        return positions.stream().filter(p -> p.kind().equals(kind)).toList();
    }

    public boolean isNone() {
        return positions.isEmpty();
    }

    public String sectionKey(String kind) {
        return switch (kind) {
            case "GPS" -> "rnk.mine.gps";
            case "SCHOOL" -> "rnk.mine.school";
            case "ATA_SCHOOL" -> "rnk.mine.ataSchool";
            case "ATA_24" -> "rnk.mine.ata24";
            default -> "rnk.mine.gae";
        };
    }

    public String position(MyPosition p) {
        return it.polis.web.view.ministry.batch.ConsoleTexts.text("rnk.mine.position", String.valueOf(p.position()),
                String.valueOf(p.of()));
    }
}
