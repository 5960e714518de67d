package it.polis.web.view.register;

import it.polis.identity.RegistrationRejected;
import it.polis.identity.RegistrationService;
import it.polis.web.shell.LocaleBean;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** register/review.xhtml: everything typed, then "Conferma" or "Torna indietro". */
@Named
@RequestScoped
public class ReviewView {

    @Inject
    private RegistrationWizard wizard;

    @Inject
    private LocaleBean locale;

    @EJB
    private RegistrationService registrations;

    public void onLoad() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        if (wizard.getSentTo() != null) {
            ext.redirect(ext.getRequestContextPath() + "/register/done.xhtml");
        } else if (!wizard.isReviewed()) {
            ext.redirect(ext.getRequestContextPath() + "/register/start.xhtml");
        }
    }

    /** Sends once: a double click or a second tab finds the wizard already sent and just shows the result. */
    public String confirm() {
        if (!wizard.markSent()) {
            return "/register/done?faces-redirect=true";
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        try {
            registrations.register(wizard.toRequest(locale.getLanguage()), request.getRemoteAddr());
        } catch (RegistrationRejected e) {
            wizard.restartKeepingData();
            e.problems().forEach(DetailsView::report);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/register/details?faces-redirect=true";
        }
        wizard.reset();
        return "/register/done?faces-redirect=true";
    }

    public String back() {
        return "/register/details?faces-redirect=true";
    }

    public RegistrationWizard getWizard() {
        return wizard;
    }
}
