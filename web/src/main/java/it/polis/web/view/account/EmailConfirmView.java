package it.polis.web.view.account;

import it.polis.identity.contact.ContactService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;

/** account/email-confirm.xhtml?token=...: the link mailed to a new contact address. */
@Named
@ViewScoped
public class EmailConfirmView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContactService contacts;

    private String token;
    private ContactService.ConfirmResult result;

    /** On an explicit click, not on the GET: mail scanners that open links must not use up the token. */
    public void confirm() {
        if (result == null) {
            result = contacts.confirm(token, ((HttpServletRequest) FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest()).getRemoteAddr());
        }
    }

    /** PENDING until the button is pressed, then the service's outcome. */
    public String getOutcome() {
        if (token == null || token.isBlank()) {
            return "UNKNOWN";
        }
        return result == null ? "PENDING" : result.outcome().name();
    }

    public String getAddress() {
        return result == null ? null : result.address();
    }

    public boolean isBecamePrimary() {
        return result != null && result.becamePrimary();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
