package it.polis.web.view.ministry.admin;

import it.polis.identity.admin.AdministrationService;
import it.polis.identity.admin.AuditEntry;
import it.polis.identity.admin.AuditFilter;
import it.polis.web.shell.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** ministry/admin/audit.xhtml: the audit log, newest first, filtered by who, what, when and target. */
@Named("adminAuditView")
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdministrationService admin;

    private String actor;
    private String action;
    private String target;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter applied = AuditFilter.NONE;
    private final LazyDataModel<AuditEntry> rows = new PagedRows<>(() -> admin.countAudit(applied),
            (first, pageSize) -> admin.audit(applied, first, pageSize), row -> row.id());

    public void filter() {
        if (from != null && to != null && to.isBefore(from)) {
            AdminMessages.error("filter:to", "audit.to.beforeFrom");
            return;
        }
        applied = new AuditFilter(actor, action, target, from, to);
    }

    public void clear() {
        actor = action = target = null;
        from = to = null;
        applied = AuditFilter.NONE;
    }

    public String dateTime(Instant instant) {
        return AdminMessages.dateTime(instant);
    }

    public LazyDataModel<AuditEntry> getRows() {
        return rows;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
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
}
