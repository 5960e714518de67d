package it.polis.web.view.area.applications;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts and page messages of the applications bundle ({@code app}) in the user's language. */
public final class AppTexts {

    public static final String BUNDLE = "it.polis.web.i18n.applications";

    private AppTexts() {
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ITALIAN : faces.getViewRoot().getLocale();
    }

    public static String language() {
        return "en".equals(locale().getLanguage()) ? "en" : "it";
    }

    public static String text(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void error(String key) {
        errorFor(null, key);
    }

    public static void errorFor(String clientId, String key) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
    }

    public static void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /** Keeps messages across the redirect that follows an action. */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
