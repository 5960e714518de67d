package it.polis.web.view;

import it.polis.identity.Role;
import it.polis.web.shell.PortalAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.util.ResourceBundle;

/** login.xhtml: user name + password. Every refusal gets the same message. */
@Named
@RequestScoped
public class LoginView {

    @NotBlank
    @Size(max = 80)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    public void signIn() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.trim(), new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                // A fresh session id at sign-in: a fixated id is worth nothing.
                request.changeSessionId();
                // Back to the page that asked for sign-in when it lies in the caller's own area (a
                // citizen's page asked for by a school's session, say, would only answer 403), else the
                // home page of the caller's role.
                String landing = landingPage();
                String area = landing.substring(0, landing.indexOf('/', 1) + 1);
                ext.redirect(ext.getRequestContextPath() + PortalAuthenticationMechanism.takeContinuation(request)
                        .filter(page -> page.startsWith(area)).orElse(landing));
            }
            default -> {
                String text = ResourceBundle.getBundle("it.polis.web.i18n.messages", faces.getViewRoot().getLocale())
                        .getString("login.failed");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        }
    }

    private String landingPage() {
        if (securityContext.isCallerInRole(Role.CITIZEN)) {
            return "/area/home.xhtml";
        }
        if (securityContext.isCallerInRole(Role.CITIZEN_PENDING)) {
            return "/account/status.xhtml";
        }
        if (securityContext.isCallerInRole(Role.SECRETARIAT)) {
            return "/school/home.xhtml";
        }
        return "/ministry/home.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
