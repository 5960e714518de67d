package it.polis.web.view.ministry.helpdesk;

import it.polis.assistance.AssistanceKind;
import it.polis.assistance.AssistanceQuery;
import it.polis.assistance.AssistanceRow;
import it.polis.assistance.AssistanceService;
import it.polis.assistance.AssistanceState;
import it.polis.web.shell.Messages;
import it.polis.web.shell.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * ministry/helpdesk/queue.xhtml: the help desk's queue of assistance requests, filtered by state,
 * kind, school and filing date, searched by codice fiscale, request number or name, one page at a
 * time (the service does the paging).
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssistanceService assistance;

    private AssistanceState state;
    private AssistanceKind kind;
    private String school;
    private LocalDate from;
    private LocalDate to;
    private String search;

    private AssistanceQuery query = AssistanceQuery.all();
    private List<String> schools;
    private final LazyDataModel<AssistanceRow> rows = new PagedRows<>(() -> assistance.count(query),
            (first, pageSize) -> assistance.queue(query, first, pageSize), row -> row.id());

    @PostConstruct
    void init() {
        schools = assistance.schoolsWithRequests();
    }

    public void apply() {
        if (from != null && to != null && to.isBefore(from)) {
            Messages.errorFor("queue:to", "ast", "ast.queue.dates.order");
            return;
        }
        query = new AssistanceQuery(state, kind, blank(school) ? null : school, from, to,
                blank(search) ? null : search.trim());
    }

    public void clear() {
        state = null;
        kind = null;
        school = null;
        from = null;
        to = null;
        search = null;
        query = AssistanceQuery.all();
    }

    public String dateTime(Instant instant) {
        return Dates.dateTime(instant);
    }

    public List<AssistanceState> getStates() {
        return List.of(AssistanceState.values());
    }

    public List<AssistanceKind> getKinds() {
        return List.of(AssistanceKind.values());
    }

    public List<String> getSchools() {
        return schools;
    }

    public LazyDataModel<AssistanceRow> getRows() {
        return rows;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public AssistanceState getState() {
        return state;
    }

    public void setState(AssistanceState state) {
        this.state = state;
    }

    public AssistanceKind getKind() {
        return kind;
    }

    public void setKind(AssistanceKind kind) {
        this.kind = kind;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
