package it.polis.identity;

import java.util.Locale;

/**
 * Password rules shown on the registration page: at least 12 characters (a passphrase of a few
 * words is welcome), at most 128, and not built from the person's own codice fiscale or surname.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    /** A message key when the password breaks a rule, else null. */
    public static String problem(String password, String codiceFiscale, String familyName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "register.password.tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "register.password.tooLong";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.chars().distinct().count() < 4) {
            return "register.password.tooSimple";
        }
        if (codiceFiscale != null && !codiceFiscale.isBlank()
                && lower.contains(codiceFiscale.trim().toLowerCase(Locale.ROOT))) {
            return "register.password.personal";
        }
        if (familyName != null && familyName.trim().length() >= 3
                && lower.contains(familyName.trim().toLowerCase(Locale.ROOT))) {
            return "register.password.personal";
        }
        return null;
    }
}
