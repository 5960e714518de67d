package it.polis.assistance;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Codice meccanografico of a school: 10 characters, 2-letter province, 2-character school type
 * (EE, MM, IC, IS, PS, TD, ...), 5 characters, 1 check character.
 */
public final class SchoolCodes {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[A-Z0-9]{2}[A-Z0-9]{5}[A-Z0-9]");

    private SchoolCodes() {
    }

    /** Upper case without blanks; null stays null. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String raw) {
        String code = normalise(raw);
        return code != null && FORMAT.matcher(code).matches();
    }
}
