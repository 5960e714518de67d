package it.polis.web.view.ministry.batch;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages with arguments and times of the batch and ranking pages, in the page's language (Rome time). */
public final class ConsoleTexts {

    private ConsoleTexts() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle b = faces.getApplication().getResourceBundle(faces, "rnk");
        String pattern = b.containsKey(key) ? b.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    public static String time(Date d) {
        if (d == null) {
            return "";
        }
        Locale l = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofPattern("en".equals(l.getLanguage()) ? "d MMM yyyy HH:mm:ss" : "dd/MM/yyyy HH:mm:ss", l)
                .format(d.toInstant().atZone(ZoneId.of("Europe/Rome")));
    }

    public static String time(java.time.Instant i) {
        return i == null ? "" : time(Date.from(i));
    }
}
