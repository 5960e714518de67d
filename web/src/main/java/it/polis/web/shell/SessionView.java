package it.polis.web.shell;

import it.polis.identity.Account;
import it.polis.identity.AccountDirectory;
import it.polis.platform.audit.AuditLog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/** Who is signed in (for the header) and sign-out. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private AccountDirectory accounts;

    @EJB
    private AuditLog audit;

    private Optional<Account> account;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public Optional<Account> account() {
        if (account == null) {
            Principal p = securityContext.getCallerPrincipal();
            account = p == null ? Optional.empty() : accounts.byUsername(p.getName());
        }
        return account;
    }

    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse("");
    }

    public String getUsername() {
        return account().map(Account::getUsername).orElse("");
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        if (isSignedIn()) {
            audit.record(securityContext.getCallerPrincipal().getName(), "SIGN_OUT", "account", null, null,
                    request.getRemoteAddr());
        }
        request.logout();
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/index.xhtml");
    }
}
