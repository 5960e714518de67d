package it.polis.applications;

import it.polis.platform.PortalClock;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Writes protocol numbers from a configurable pattern. Placeholders: {@code {registry}},
 * {@code {number}} (zero-padded to the configured digits), {@code {date}} ({@code dd-MM-yyyy} in
 * Europe/Rome), {@code {year}}. The default gives e.g.
 * {@code m_pi.AOODGPER.REGISTRO UFFICIALE(U).0050487.11-12-2026}.
 */
public final class ProtocolFormat {

    public static final String DEFAULT_PATTERN = "m_pi.{registry}.REGISTRO UFFICIALE(U).{number}.{date}";
    public static final String DEFAULT_REGISTRY = "AOODGPER";
    public static final int DEFAULT_DIGITS = 7;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(PortalClock.ROME);

    private final String pattern;
    private final int digits;

    public ProtocolFormat(String pattern, int digits) {
        if (pattern == null || !pattern.contains("{number}")) {
            throw new IllegalArgumentException("A protocol pattern needs {number}: " + pattern);
        }
        if (digits < 1 || digits > 10) {
            throw new IllegalArgumentException("Protocol digits must be 1..10: " + digits);
        }
        this.pattern = pattern;
        this.digits = digits;
    }

    /** The year a protocol number given at this instant belongs to (Europe/Rome). */
    public static int yearOf(Instant at) {
        return at.atZone(PortalClock.ROME).getYear();
    }

    public String format(String registry, long number, Instant at) {
        String n = String.valueOf(number);
        if (n.length() < digits) {
            n = "0".repeat(digits - n.length()) + n;
        }
        return pattern.replace("{registry}", registry).replace("{number}", n)
                .replace("{date}", DATE.format(at)).replace("{year}", String.valueOf(yearOf(at)));
    }
}
