package it.polis.web.view.ministry.rankings;

import it.polis.rankings.RankingCycle;
import it.polis.rankings.RankingRejected;
import it.polis.rankings.RankingService;
import it.polis.rankings.VersionState;
import it.polis.rankings.VersionView;
import it.polis.web.view.ministry.batch.ConsoleTexts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * ministry/rankings/runs.xhtml: the versions of a cycle; a publisher starts a dry run, publishes an approved
 * version or rolls back; an approver approves or rejects a candidate (never one they ran: the service says
 * no). Buttons show by role, the service decides.
 */
@Named("rankingRunsView")
@ViewScoped
public class RunsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RankingService rankings;

    private List<String> cycles;
    private String cycle;
    private String scope = "ALL";
    private List<VersionView> versions = List.of();

    @PostConstruct
    void init() {
        cycles = rankings.cycles().stream().map(RankingCycle::getCode).toList();
        cycle = cycles.isEmpty() ? null : cycles.get(0);
        load();
    }

    public void load() {
        versions = cycle == null ? List.of() : rankings.versions(cycle);
    }

    public void dryRun() {
        act(() -> ConsoleTexts.info("rnk.runs.dryRun.started", String.valueOf(rankings.requestDryRun(cycle, scope))));
    }

    public void approve(long id) {
        act(() -> {
            rankings.approve(id);
            ConsoleTexts.info("rnk.approved");
        });
    }

    public void reject(long id) {
        act(() -> {
            rankings.reject(id);
            ConsoleTexts.info("rnk.rejected");
        });
    }

    public void publish(long id) {
        act(() -> ConsoleTexts.info("rnk.publish.started", String.valueOf(rankings.requestPublish(id))));
    }

    public void rollback() {
        act(() -> {
            rankings.rollback(cycle);
            ConsoleTexts.info("rnk.runs.rolledBack");
        });
    }

    private void act(Runnable r) {
        try {
            r.run();
        } catch (RankingRejected e) {
            ConsoleTexts.error(e.messageKey());
        } catch (EJBAccessException e) {
            ConsoleTexts.error("rnk.denied");
        }
        load();
    }

    public boolean isPublisher() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("RANKING_PUBLISHER");
    }

    public boolean isApprover() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("RANKING_APPROVER");
    }

    public boolean canApprove(VersionView v) {
        return isApprover() && v.state() == VersionState.CANDIDATE;
    }

    public boolean canPublish(VersionView v) {
        return isPublisher() && v.state() == VersionState.APPROVED;
    }

    public VersionView getVisible() {
        return versions.stream().filter(VersionView::visible).findFirst().orElse(null);
    }

    public String diffCounts(VersionView v) {
        return ConsoleTexts.text("rnk.diff.counts", v.entered(), v.left(), v.up(), v.down(), v.scoreChanged());
    }

    public String time(Instant i) {
        return ConsoleTexts.time(i);
    }

    public List<String> getCycles() {
        return cycles;
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public List<VersionView> getVersions() {
        return versions;
    }
}
