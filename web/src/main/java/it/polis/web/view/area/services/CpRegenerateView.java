package it.polis.web.view.area.services;

import it.polis.identity.CredentialChangeRefused;
import it.polis.identity.PersonalCodeService;
import it.polis.platform.PortalSettings;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;

/**
 * area/services/cp-regenerate.xhtml: the consequences first, then an explicit confirmation and the
 * password; afterwards the person is signed out (the session must not keep the citizen role).
 */
@Named
@ViewScoped
public class CpRegenerateView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PersonalCodeService service;

    @Inject
    private PortalSettings settings;

    private boolean understood;
    private String password;

    public void regenerate() throws IOException, ServletException {
        try {
            service.regenerate(understood, password, CpChangeView.clientAddr());
        } catch (CredentialChangeRefused e) {
            String field = e.messageKey().equals("svc.regenerate.confirm.required") ? "cpRegenerate:understood"
                    : "cpRegenerate:password";
            ServiceMessages.error(field, e.messageKey());
            return;
        } finally {
            password = null;
        }
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        request.logout();
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml?notice=cpRegenerated");
    }

    /** Days the person has for the new identification. */
    public long getValidityDays() {
        return settings.registrationValidity().toDays();
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
