package it.polis.web.view.area.services;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of the personal-code service functions: keys from the service bundle (var {@code svc}),
 * else from the account bundle (shared rules such as {@code cp.rule.*}), in the user's language.
 */
public final class ServiceMessages {

    static final String SERVICES = "it.polis.web.i18n.services";
    static final String ACCOUNT = "it.polis.web.i18n.account";
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private ServiceMessages() {
    }

    public static String text(String key) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        for (String base : new String[]{SERVICES, ACCOUNT}) {
            try {
                return ResourceBundle.getBundle(base, locale).getString(key);
            } catch (MissingResourceException e) {
                // next bundle
            }
        }
        return key;
    }

    public static void error(String clientId, String key) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key));
    }

    public static void errorText(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    public static void info(String key) {
        add(null, FacesMessage.SEVERITY_INFO, text(key));
    }

    /** Day and time in Europe/Rome, e.g. "24/11/2026 15:04". */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(instant.atZone(ROME));
    }

    /** Adds the message; an error for a field also marks the field invalid (aria-invalid, error style). */
    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (clientId != null && severity == FacesMessage.SEVERITY_ERROR
                && faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            input.setValid(false);
        }
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
