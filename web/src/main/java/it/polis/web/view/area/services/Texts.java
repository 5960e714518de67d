package it.polis.web.view.area.services;

import it.polis.identity.contact.ContactRejected;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.MissingResourceException;

/** Page messages from the contacts bundle ({@code cnt}) in the user's language. */
public final class Texts {

    private Texts() {
    }

    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return faces.getApplication().getResourceBundle(faces, "cnt").getString(key);
        } catch (MissingResourceException | NullPointerException e) {
            return key;
        }
    }

    public static void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    public static void error(String clientId, String key) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
    }

    /** Each problem next to its field of the form (or for the whole page). */
    public static void problems(String form, ContactRejected e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (ContactRejected.Problem p : e.problems()) {
            error(p.field() == null ? null : form + ":" + p.field(), p.key());
        }
        faces.validationFailed();
    }

    public static String clientAddr() {
        return ((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest()).getRemoteAddr();
    }
}
