package it.polis.web.view.area.services;

import it.polis.identity.recovery.PasswordChangeRejected;
import it.polis.identity.recovery.PasswordService;
import it.polis.web.shell.RecoveryTexts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** area/services/password.xhtml: change password (current, new, new again). */
@Named("servicesPasswordView")
@RequestScoped
public class PasswordView {

    @EJB
    private PasswordService passwords;

    private String current;
    private String newPassword;
    private String newPasswordAgain;
    private boolean changed;

    public void save() {
        if (newPassword == null || !newPassword.equals(newPasswordAgain)) {
            RecoveryTexts.errorFor("password:newPasswordAgain", "change.new.notSame");
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        try {
            passwords.change(current, newPassword, request.getRemoteAddr());
        } catch (PasswordChangeRejected e) {
            RecoveryTexts.errorFor(e.messageKey().startsWith("change.current") ? "password:current"
                    : "password:newPassword", e.messageKey());
            return;
        }
        current = null;
        newPassword = null;
        newPasswordAgain = null;
        changed = true;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }

    public boolean isChanged() {
        return changed;
    }
}
