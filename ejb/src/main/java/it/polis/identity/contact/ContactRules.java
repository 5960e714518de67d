package it.polis.identity.contact;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks and normal forms of contact data: email addresses, mobile numbers, Italian postcodes and provinces. */
public final class ContactRules {

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{7,14}$");
    private static final Pattern ITALIAN_MOBILE = Pattern.compile("^\\+393[0-9]{8,9}$");
    private static final Pattern CAP = Pattern.compile("^[0-9]{5}$");
    private static final Pattern FOREIGN_POSTCODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$");
    private static final Pattern PROVINCE = Pattern.compile("^[A-Z]{2}$");
    private static final Set<String> ITALY = Set.of("italia", "italy", "it");

    private ContactRules() {
    }

    /** The address trimmed, or null when it is not a plausible email address. */
    public static String email(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        if (s.isEmpty() || s.length() > 254 || s.contains("..") || !EMAIL.matcher(s).matches()) {
            return null;
        }
        return s;
    }

    /**
     * The mobile number in international form (+39...), or null when it is not one. Spaces, dots,
     * dashes and brackets are ignored, 00 counts as +, and a number starting with 3 is Italian.
     */
    public static String mobile(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim().replaceAll("[\\s.()/-]", "");
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        } else if (s.startsWith("3")) {
            s = "+39" + s;
        }
        if (!E164.matcher(s).matches()) {
            return null;
        }
        if (s.startsWith("+39") && !ITALIAN_MOBILE.matcher(s).matches()) {
            return null; // an Italian number that is not a mobile one (landlines cannot receive SMS)
        }
        return s;
    }

    public static boolean italy(String country) {
        return country == null || country.isBlank() || ITALY.contains(country.trim().toLowerCase(Locale.ROOT));
    }

    public static boolean postcode(String postcode, String country) {
        if (postcode == null) {
            return false;
        }
        String p = postcode.trim();
        return italy(country) ? CAP.matcher(p).matches() : FOREIGN_POSTCODE.matcher(p).matches();
    }

    /** Italian province as its two-letter code (RM, MI...). */
    public static boolean province(String province) {
        return province != null && PROVINCE.matcher(province.trim().toUpperCase(Locale.ROOT)).matches();
    }

    /** Masks an address for messages to others: m***@example.org. */
    public static String mask(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
