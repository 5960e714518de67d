package it.polis.web.view.ministry.admin;

import it.polis.identity.admin.AdministrationRejected;
import it.polis.identity.admin.AdministrationService;
import it.polis.identity.admin.CitizenAccount;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * ministry/admin/citizens.xhtml: a citizen account found by CF, user name or registration number;
 * unlock after failed sign-ins, suspend and reactivate, each with a reason.
 */
@Named("adminCitizensView")
@ViewScoped
public class CitizensView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AdministrationService admin;

    private String query;
    private CitizenAccount citizen;
    private boolean notFound;
    private String reason;

    public void find() {
        String q = query == null ? "" : query.trim();
        reason = null;
        if (q.isEmpty()) {
            citizen = null;
            notFound = false;
            AdminMessages.error("find:query", "citizens.query.required");
            return;
        }
        citizen = admin.findCitizen(q).orElse(null);
        notFound = citizen == null;
    }

    public void unlock() {
        act(() -> admin.unlockCitizen(citizen.accountId(), reason), "citizens.unlocked");
    }

    public void suspend() {
        act(() -> admin.suspendCitizen(citizen.accountId(), reason), "citizens.suspended");
    }

    public void reactivate() {
        act(() -> admin.reactivateCitizen(citizen.accountId(), reason), "citizens.reactivated");
    }

    private void act(Supplier<CitizenAccount> action, String doneKey) {
        if (citizen == null) {
            return;
        }
        try {
            citizen = action.get();
            reason = null;
            AdminMessages.info(doneKey, citizen.username());
        } catch (AdministrationRejected e) {
            AdminMessages.error("account:reason", e.messageKey());
        }
    }

    public String dateTime(Instant instant) {
        return AdminMessages.dateTime(instant);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public CitizenAccount getCitizen() {
        return citizen;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
