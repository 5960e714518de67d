package it.polis.web.view.ministry.helpdesk;

import it.polis.platform.PortalClock;
import jakarta.faces.context.FacesContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times of the assistance pages in the page's language, Italian time. */
public final class Dates {

    private Dates() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : instant.atZone(PortalClock.ROME).format(formatter(true));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.format(formatter(false));
    }

    private static DateTimeFormatter formatter(boolean withTime) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        boolean en = "en".equals(locale.getLanguage());
        String pattern = en ? "d MMM yyyy" : "dd/MM/yyyy";
        return DateTimeFormatter.ofPattern(withTime ? pattern + " HH:mm" : pattern, en ? Locale.ENGLISH : Locale.ITALIAN);
    }
}
