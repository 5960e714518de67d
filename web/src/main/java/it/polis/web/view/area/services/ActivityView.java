package it.polis.web.view.area.services;

import it.polis.identity.activity.ActivityEntry;
import it.polis.identity.activity.ActivityService;
import it.polis.platform.PortalClock;
import it.polis.web.shell.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * area/services/activity.xhtml: the account's activity from the audit log, newest first, one page
 * at a time. Known actions get a label in the user's language; actions added later show generically.
 */
@Named("activityView")
@ViewScoped
public class ActivityView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "it.polis.web.i18n.recovery";

    @EJB
    private ActivityService activity;

    private final LazyDataModel<ActivityEntry> rows = new PagedRows<>(() -> activity.count(),
            (first, pageSize) -> activity.page(first, pageSize), row -> row.id());

    public LazyDataModel<ActivityEntry> getRows() {
        return rows;
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        boolean en = "en".equals(locale().getLanguage());
        return instant.atZone(PortalClock.ROME).format(DateTimeFormatter.ofPattern(
                en ? "d MMM yyyy HH:mm:ss" : "dd/MM/yyyy HH:mm:ss", en ? Locale.ENGLISH : Locale.ITALIAN));
    }

    /** The action in words; an action without a label is shown by its code, made readable. */
    public String action(ActivityEntry e) {
        String label = text("activity.action." + e.action());
        if (label != null) {
            return label;
        }
        String readable = e.action().replace('_', ' ').toLowerCase(Locale.ROOT);
        return text("activity.action.other") + ": " + readable;
    }

    public String who(ActivityEntry e) {
        String label = text("activity.by." + e.by().name());
        return switch (e.by()) {
            case SCHOOL -> label + " " + e.byName() + " (" + e.byCode() + ")";
            case OTHER -> label + " " + e.byName();
            default -> label;
        };
    }

    public String note(ActivityEntry e) {
        return e.note() == null ? "" : text("activity.note." + e.note());
    }

    private String text(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
