package it.polis.web.view.area;

import it.polis.identity.Account;
import it.polis.web.shell.SessionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** area/home.xhtml: the citizen's personal area. */
@Named("areaHomeView")
@RequestScoped
public class HomeView {

    @Inject
    private SessionView session;

    public Account getAccount() {
        return session.account().orElseThrow();
    }
}
