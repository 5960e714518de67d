package it.polis.web.view.account;

import it.polis.identity.Role;
import it.polis.identity.recovery.PasswordChangeRejected;
import it.polis.identity.recovery.PasswordService;
import it.polis.web.shell.RecoveryTexts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/**
 * account/password-change.xhtml: the new password a citizen must choose after signing in with a
 * temporary one. Nothing else is reachable until it is saved (TemporaryPasswordFilter).
 */
@Named
@RequestScoped
public class PasswordChangeView {

    @EJB
    private PasswordService passwords;

    private String newPassword;
    private String newPasswordAgain;

    /** Nothing to do here without a temporary password in use. */
    public void onLoad() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        if (!passwords.mustChangePassword(ext.getUserPrincipal().getName())) {
            ext.getSessionMap().put(PasswordService.MUST_CHANGE_ATTRIBUTE, Boolean.FALSE);
            ext.redirect(ext.getRequestContextPath() + landingPage(ext));
        }
    }

    public void save() throws IOException {
        if (newPassword == null || !newPassword.equals(newPasswordAgain)) {
            RecoveryTexts.errorFor("passwordChange:newPasswordAgain", "change.new.notSame");
            return;
        }
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        try {
            passwords.completeForcedChange(newPassword, ((HttpServletRequest) ext.getRequest()).getRemoteAddr());
        } catch (PasswordChangeRejected e) {
            RecoveryTexts.errorFor("passwordChange:newPassword", e.messageKey());
            return;
        }
        ext.getSessionMap().put(PasswordService.MUST_CHANGE_ATTRIBUTE, Boolean.FALSE);
        ext.redirect(ext.getRequestContextPath() + landingPage(ext));
    }

    private static String landingPage(ExternalContext ext) {
        return ext.isUserInRole(Role.CITIZEN) ? "/area/home.xhtml" : "/account/status.xhtml";
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
}
