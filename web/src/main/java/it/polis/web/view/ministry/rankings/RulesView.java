package it.polis.web.view.ministry.rankings;

import it.polis.rankings.RankingCycle;
import it.polis.rankings.RankingRejected;
import it.polis.rankings.RankingService;
import it.polis.rankings.RuleService;
import it.polis.rankings.ScoringRule;
import it.polis.web.view.ministry.batch.ConsoleTexts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** ministry/rankings/rules.xhtml: the scoring rules of a cycle; the procedure admin edits one while unused. */
@Named("rankingRulesView")
@ViewScoped
public class RulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RuleService rules;

    @EJB
    private RankingService rankings;

    private String cycle;
    private List<String> cycles;
    private List<ScoringRule> rows = List.of();
    private boolean editable;
    private Long editId;
    private int editVersion;
    private BigDecimal points;
    private BigDecimal maxPoints;
    private Integer maxCount;
    private Integer gradeFrom;
    private Integer gradeTo;

    @PostConstruct
    void init() {
        cycles = rankings.cycles().stream().map(RankingCycle::getCode).toList();
    }

    public void load() {
        if (cycle == null || !cycles.contains(cycle)) {
            cycle = cycles.isEmpty() ? null : cycles.get(0);
        }
        rows = cycle == null ? List.of() : rules.rules(cycle);
        editable = cycle != null && rules.editable(cycle);
    }

    public boolean isProcedureAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PROCEDURE_ADMIN");
    }

    public void edit(ScoringRule r) {
        editId = r.getId();
        editVersion = r.getVersion();
        points = r.getPoints();
        maxPoints = r.getMaxPoints();
        maxCount = r.getMaxCount();
        gradeFrom = r.getGradeFrom();
        gradeTo = r.getGradeTo();
    }

    public void save() {
        try {
            rules.update(editId, editVersion, points, maxPoints, maxCount, gradeFrom, gradeTo);
            ConsoleTexts.info("rnk.rules.saved");
            editId = null;
        } catch (RankingRejected e) {
            ConsoleTexts.error(e.messageKey());
        } catch (EJBAccessException e) {
            ConsoleTexts.error("rnk.denied");
        }
        load();
    }

    public String description(ScoringRule r) {
        return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage())
                ? r.getDescriptionEn() : r.getDescriptionIt();
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

    public List<ScoringRule> getRows() {
        return rows;
    }

    public boolean isEditable() {
        return editable;
    }

    public Long getEditId() {
        return editId;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(BigDecimal maxPoints) {
        this.maxPoints = maxPoints;
    }

    public Integer getMaxCount() {
        return maxCount;
    }

    public void setMaxCount(Integer maxCount) {
        this.maxCount = maxCount;
    }

    public Integer getGradeFrom() {
        return gradeFrom;
    }

    public void setGradeFrom(Integer gradeFrom) {
        this.gradeFrom = gradeFrom;
    }

    public Integer getGradeTo() {
        return gradeTo;
    }

    public void setGradeTo(Integer gradeTo) {
        this.gradeTo = gradeTo;
    }
}
