package it.polis.web.view.register;

import it.polis.identity.RegistrationService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;

/** register/confirm.xhtml?token=...: the link from the registration email. */
@Named
@ViewScoped
public class ConfirmView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegistrationService registrations;

    private String token;
    private RegistrationService.ConfirmResult result;
    private boolean resent;

    /**
     * Confirms on an explicit click, not on the GET: mail scanners that open links must not use up
     * the single-use token before the person does.
     */
    public void confirm() {
        if (result == null) {
            result = registrations.confirmEmail(token, clientAddr());
        }
    }

    /** Expired link: a new one by email (rate limited; the answer is the same whatever happens). */
    public void resend() {
        registrations.resendConfirmation(token, clientAddr());
        resent = true;
    }

    private static String clientAddr() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    /** PENDING until the button is pressed, then the service's outcome. */
    public String getOutcome() {
        if (token == null || token.isBlank()) {
            return "UNKNOWN";
        }
        return result == null ? "PENDING" : result.outcome().name();
    }

    public String getUsername() {
        return result == null ? null : result.username();
    }

    public boolean isResent() {
        return resent;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
