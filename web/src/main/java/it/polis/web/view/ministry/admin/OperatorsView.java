package it.polis.web.view.ministry.admin;

import it.polis.identity.admin.AdministrationRejected;
import it.polis.identity.admin.AdministrationService;
import it.polis.identity.admin.StaffAccount;
import it.polis.web.shell.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ministry/admin/operators.xhtml: operator accounts, searched and paged; a new operator (with a
 * portal password sent by mail, or linked by CF to the staff directory); roles, enable/disable and
 * a new password for the one selected. The rules (last administrator, own account) are the service's.
 */
@Named("adminOperatorsView")
@ViewScoped
public class OperatorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdministrationService admin;

    private String search;
    private String appliedSearch;
    private final LazyDataModel<StaffAccount> rows = new PagedRows<>(() -> admin.countOperators(appliedSearch),
            (first, pageSize) -> admin.operators(appliedSearch, first, pageSize), row -> row.id());

    private String newUsername;
    private String newName;
    private String newEmail;
    private String newCf;
    private final Map<String, Boolean> newRoles = new HashMap<>();

    private StaffAccount selected;
    private final Map<String, Boolean> roles = new HashMap<>();
    private String reason;

    public List<String> getAllRoles() {
        return AdministrationService.OPERATOR_ROLES;
    }

    public void find() {
        appliedSearch = search == null ? null : search.trim();
    }

    public void create() {
        try {
            StaffAccount a = admin.createOperator(newUsername, newName, newEmail, newCf, chosen(newRoles));
            AdminMessages.info(a.directoryLinked() ? "operators.created.directory" : "operators.created", a.username());
            newUsername = newName = newEmail = newCf = null;
            newRoles.clear();
            select(a.id());
        } catch (AdministrationRejected e) {
            AdminMessages.error(null, e.messageKey());
        }
    }

    public void select(long id) {
        selected = admin.operator(id).orElse(null);
        reason = null;
        roles.clear();
        if (selected != null) {
            selected.roles().forEach(r -> roles.put(r, true));
        }
    }

    public void saveRoles() {
        act(() -> admin.changeRoles(selected.id(), chosen(roles), reason), "operators.rolesSaved");
    }

    public void disable() {
        act(() -> admin.setOperatorEnabled(selected.id(), false, reason), "operators.disabled");
    }

    public void enable() {
        act(() -> admin.setOperatorEnabled(selected.id(), true, reason), "operators.enabled");
    }

    public void resetPassword() {
        act(() -> admin.resetOperatorPassword(selected.id()), "operators.passwordReset");
    }

    private void act(java.util.function.Supplier<StaffAccount> action, String doneKey) {
        if (selected == null) {
            return;
        }
        try {
            StaffAccount a = action.get();
            AdminMessages.info(doneKey, a.username());
            select(a.id());
        } catch (AdministrationRejected e) {
            AdminMessages.error(null, e.messageKey());
        }
    }

    private static Set<String> chosen(Map<String, Boolean> marks) {
        return marks.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    public String dateTime(Instant instant) {
        return AdminMessages.dateTime(instant);
    }

    public LazyDataModel<StaffAccount> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewCf() {
        return newCf;
    }

    public void setNewCf(String newCf) {
        this.newCf = newCf;
    }

    public Map<String, Boolean> getNewRoles() {
        return newRoles;
    }

    public StaffAccount getSelected() {
        return selected;
    }

    public Map<String, Boolean> getRoles() {
        return roles;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
