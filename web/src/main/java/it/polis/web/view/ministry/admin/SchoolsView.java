package it.polis.web.view.ministry.admin;

import it.polis.identity.admin.AdministrationRejected;
import it.polis.identity.admin.AdministrationService;
import it.polis.identity.admin.SchoolAccount;
import it.polis.web.shell.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * ministry/admin/schools.xhtml: schools of the reference data with their secretariat account,
 * searched by code, name or comune; for the one selected a new password (sent to the school's
 * institutional mailbox, the account is created when missing) and disable/enable.
 */
@Named("adminSchoolsView")
@ViewScoped
public class SchoolsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdministrationService admin;

    private String search;
    private String appliedSearch;
    private final LazyDataModel<SchoolAccount> rows = new PagedRows<>(() -> admin.countSchools(appliedSearch),
            (first, pageSize) -> admin.schools(appliedSearch, first, pageSize), row -> row.code());
    private SchoolAccount selected;
    private String reason;

    public void find() {
        appliedSearch = search == null ? null : search.trim();
    }

    public void select(SchoolAccount row) {
        selected = row;
        reason = null;
    }

    public void setPassword() {
        act(() -> admin.setSchoolPassword(selected.code()), "schools.passwordSent");
    }

    public void disable() {
        act(() -> admin.setSchoolEnabled(selected.code(), false, reason), "schools.disabled");
    }

    public void enable() {
        act(() -> admin.setSchoolEnabled(selected.code(), true, reason), "schools.enabled");
    }

    private void act(Supplier<SchoolAccount> action, String doneKey) {
        if (selected == null) {
            return;
        }
        try {
            selected = action.get();
            reason = null;
            AdminMessages.info(doneKey, selected.code(), selected.email());
        } catch (AdministrationRejected e) {
            AdminMessages.error(null, e.messageKey());
        }
    }

    public LazyDataModel<SchoolAccount> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public SchoolAccount getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
