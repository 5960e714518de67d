package it.polis.web.view.ministry;

import it.polis.identity.Account;
import it.polis.web.shell.SessionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** ministry/home.xhtml: an operator's home, listing the roles the account holds. */
@Named("ministryHomeView")
@RequestScoped
public class HomeView {

    @Inject
    private SessionView session;

    public Account getAccount() {
        return session.account().orElseThrow();
    }

    public List<String> getRoles() {
        return getAccount().getRoles().stream().sorted().toList();
    }
}
