package it.polis.web.view.area.applications;

import it.polis.platform.PortalClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and remaining times of the applications pages, in Europe/Rome and the user's language. */
@Named
@ApplicationScoped
public class AppFormat {

    @Inject
    private PortalClock clock;

    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("en".equals(AppTexts.language()) ? "d MMMM yyyy, HH:mm" : "d MMMM yyyy, 'ore' HH:mm",
                AppTexts.locale()).withZone(PortalClock.ROME).format(at);
    }

    /** An ISO date (yyyy-MM-dd) in the user's language. */
    public String date(String isoDate) {
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(AppTexts.locale())
                    .format(LocalDate.parse(isoDate));
        } catch (RuntimeException e) {
            return isoDate == null ? "" : isoDate;
        }
    }

    /** "3 giorni e 4 ore", "45 minuti"...: how long until the instant (empty when past). */
    public String remaining(Instant until) {
        if (until == null) {
            return "";
        }
        Duration d = Duration.between(clock.now(), until);
        if (d.isNegative() || d.isZero()) {
            return "";
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return unit(days, "day") + (hours > 0 ? " " + AppTexts.text("time.and") + " " + unit(hours, "hour") : "");
        }
        if (hours > 0) {
            return unit(hours, "hour") + (minutes > 0 ? " " + AppTexts.text("time.and") + " " + unit(minutes, "minute") : "");
        }
        return unit(Math.max(1, minutes), "minute");
    }

    private static String unit(long n, String unit) {
        return n + " " + AppTexts.text("time." + unit + (n == 1 ? "" : "s"));
    }

    /** The points a transfer form declares, with their rules (check page, application page). */
    public it.polis.applications.TransferPoints.Points transferPoints(java.util.Map<String, String> data) {
        return it.polis.applications.TransferPoints.of(it.polis.applications.FormData.of(data));
    }
}
