package it.polis.web.view.ministry.admin;

import it.polis.platform.PortalClock;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Page messages of the administration pages, from their bundle (it.polis.web.i18n.admin, var adm). */
final class AdminMessages {

    static final String BUNDLE = "it.polis.web.i18n.admin";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private AdminMessages() {
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static void error(String clientId, String key) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
    }

    static void info(String key, Object... args) {
        String t = text(key);
        for (int i = 0; i < args.length; i++) {
            t = t.replace("{" + i + "}", String.valueOf(args[i]));
        }
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, t, null));
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : instant.atZone(PortalClock.ROME).format(DATE_TIME);
    }
}
