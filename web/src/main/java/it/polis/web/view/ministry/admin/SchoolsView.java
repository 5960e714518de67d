package it.polis.web.view.ministry.admin;

import it.polis.identity.admin.AdministrationRejected;
import it.polis.identity.admin.AdministrationService;
import it.polis.identity.admin.SchoolAccount;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
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
    private final LazyDataModel<SchoolAccount> rows = new Rows();
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

    private final class Rows extends LazyDataModel<SchoolAccount> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, admin.countSchools(appliedSearch));
        }

        @Override
        public List<SchoolAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            return admin.schools(appliedSearch, first, pageSize);
        }

        @Override
        public String getRowKey(SchoolAccount row) {
            return row.code();
        }

        @Override
        public SchoolAccount getRowData(String rowKey) {
            List<SchoolAccount> page = getWrappedData();
            return page == null ? null : page.stream().filter(r -> r.code().equals(rowKey)).findFirst().orElse(null);
        }
    }
}
