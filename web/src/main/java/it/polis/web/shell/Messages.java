package it.polis.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Adds page messages from the area bundles in the user's language. A bundle is named by its
 * variable in faces-config.xml (msg, reg, idn, acc, ...), so a new area only registers it there.
 */
public final class Messages {

    private Messages() {
    }

    public static String text(String bundle, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ResourceBundle texts = faces.getApplication().getResourceBundle(faces, bundle);
            return texts == null ? key : texts.getString(key);
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
