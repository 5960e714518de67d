package it.polis.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Adds page messages from the area bundles (var name: msg, reg, idn, acc) in the user's language. */
public final class Messages {

    private static final java.util.Map<String, String> BUNDLES = java.util.Map.of(
            "msg", "it.polis.web.i18n.messages", "reg", "it.polis.web.i18n.register",
            "idn", "it.polis.web.i18n.identify", "acc", "it.polis.web.i18n.account",
            "ast", "it.polis.web.i18n.assistance");

    private Messages() {
    }

    public static String text(String bundle, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return ResourceBundle.getBundle(BUNDLES.get(bundle), faces.getViewRoot().getLocale()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void error(String bundle, String key) {
        errorFor(null, bundle, key);
    }

    public static void errorFor(String clientId, String bundle, String key) {
        String text = text(bundle, key);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public static void info(String bundle, String key) {
        String text = text(bundle, key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
