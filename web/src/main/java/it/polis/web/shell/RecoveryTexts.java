package it.polis.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Page messages of the credentials-recovery pages, from their bundle (var rcv) in the user's
 * language; password-rule keys ("register.*") come from the registration bundle, which words them.
 */
public final class RecoveryTexts {

    static final String BUNDLE = "it.polis.web.i18n.recovery";
    static final String REGISTER_BUNDLE = "it.polis.web.i18n.register";

    private RecoveryTexts() {
    }

    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String bundle = key.startsWith("register.") ? REGISTER_BUNDLE : BUNDLE;
        try {
            return ResourceBundle.getBundle(bundle, faces.getViewRoot().getLocale()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A message for one field, which is also marked invalid (aria-invalid) so the two are tied. */
    public static void errorFor(String clientId, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
        if (clientId != null && faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            input.setValid(false);
        }
    }

    public static void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }
}
