package it.polis.web.view.ministry.campaigns;

import it.polis.campaigns.CampaignRejected;
import it.polis.campaigns.CampaignStateConflict;
import it.polis.web.shell.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.text.MessageFormat;

/** Page messages of the campaign pages from the {@code cmp} bundle, and the caller's address for the audit. */
final class CampaignTexts {

    static final String BUNDLE = "cmp";

    private CampaignTexts() {
    }

    static String text(String key, Object... args) {
        String t = Messages.text(BUNDLE, key);
        return args.length == 0 ? t : new MessageFormat(t, FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(args);
    }

    static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    static void error(String clientId, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    /** A refusal of the service: on its field (in the given form) when it names one. */
    static void rejected(String form, CampaignRejected e) {
        error(e.field() == null ? null : form + ":" + e.field(), e.messageKey());
    }

    static void conflict(CampaignStateConflict e) {
        error(null, "cmp.conflict", text("state." + e.current().name()));
    }

    static void keep() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static String clientAddr() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }
}
