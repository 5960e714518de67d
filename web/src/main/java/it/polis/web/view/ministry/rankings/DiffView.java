package it.polis.web.view.ministry.rankings;

import it.polis.rankings.DiffRow;
import it.polis.rankings.RankingRejected;
import it.polis.rankings.RankingService;
import it.polis.rankings.VersionView;
import it.polis.web.shell.PagedRows;
import it.polis.web.view.ministry.batch.ConsoleTexts;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/** ministry/rankings/diff.xhtml?version=: what a version changes, filtered by kind, a page at a time. */
@Named("rankingDiffView")
@ViewScoped
public class DiffView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RankingService rankings;

    private String version;
    private long versionId;
    private VersionView view;
    private String kind;
    private String appliedKind;
    private List<Object[]> skipped = List.of();
    private final LazyDataModel<DiffRow> rows = new PagedRows<>(() -> view == null ? 0
            : rankings.diffCount(versionId, appliedKind), (first, size) -> view == null ? List.of()
            : rankings.diff(versionId, appliedKind, first, size), DiffRow::key);

    public void load() {
        try {
            versionId = Long.parseLong(version == null ? "" : version.trim());
            view = rankings.version(versionId);
            skipped = rankings.skipped(versionId);
        } catch (NumberFormatException | RankingRejected | EJBException e) {
            view = null;
            ConsoleTexts.error("rnk.version.notFound");
        }
    }

    public void apply() {
        appliedKind = kind == null || kind.isBlank() ? null : kind;
    }

    public String title() {
        return ConsoleTexts.text("rnk.diff.title", version == null ? "" : version);
    }

    public List<String> getKinds() {
        return List.of("ENTERED", "LEFT", "UP", "DOWN", "SCORE");
    }

    public LazyDataModel<DiffRow> getRows() {
        return rows;
    }

    public VersionView getView() {
        return view;
    }

    public List<Object[]> getSkipped() {
        return skipped;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
