package it.polis.web.view.account;

import it.polis.identity.AccountState;
import it.polis.identity.Citizen;
import it.polis.identity.RegistrationService;
import it.polis.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Date;

/** account/status.xhtml: what is done and what is missing before the account is active. */
@Named
@RequestScoped
public class StatusView {

    @EJB
    private RegistrationService registrations;

    @Inject
    private SecurityContext security;

    private Citizen citizen;

    public Citizen getCitizen() {
        if (citizen == null) {
            citizen = registrations.citizen(security.getCallerPrincipal().getName()).orElseThrow();
        }
        return citizen;
    }

    public boolean isEmailConfirmed() {
        return getCitizen().getAccount().getState() != AccountState.REGISTERED;
    }

    public Date getExpiresAt() {
        return Date.from(getCitizen().getRegistrationExpiresAt());
    }

    public Date getRegisteredAt() {
        return Date.from(getCitizen().getRegisteredAt());
    }

    public void resend() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        registrations.resendConfirmationFor(security.getCallerPrincipal().getName(), request.getRemoteAddr());
        Messages.info("acc", "status.resent");
    }
}
