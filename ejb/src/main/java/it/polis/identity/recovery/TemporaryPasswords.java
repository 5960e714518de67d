package it.polis.identity.recovery;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Temporary passwords: 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L), in four
 * groups of four for reading them off an email, e.g. {@code K7QX-M4RT-9WZC-HPNA} (about 79 random
 * bits). What is hashed and compared is the normalized form (upper case, no dashes or spaces), so
 * "k7qx m4rt 9wzc hpna" signs in as well.
 */
public final class TemporaryPasswords {

    static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    static final int GROUPS = 4;
    static final int GROUP_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    /** A new temporary password, as written in the email. */
    public static String generate() {
        StringBuilder sb = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                sb.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
        }
        return sb.toString();
    }

    /** The form that is hashed and compared: upper case, without dashes and white space. */
    public static char[] normalize(char[] typed) {
        if (typed == null) {
            return new char[0];
        }
        StringBuilder sb = new StringBuilder(typed.length);
        for (char c : typed) {
            if (c != '-' && !Character.isWhitespace(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        char[] out = new char[sb.length()];
        sb.getChars(0, sb.length(), out, 0);
        return out;
    }

    public static char[] normalize(String typed) {
        return normalize(typed == null ? null : typed.toCharArray());
    }

    /** Until when a temporary password made at {@code created} works. */
    public static Instant expiry(Instant created, Duration validity) {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("The validity of a temporary password must be positive: " + validity);
        }
        return created.plus(validity);
    }

    /** Unused and not expired (the expiry instant itself is already too late). */
    public static boolean isUsable(Instant expiresAt, Instant usedAt, Instant now) {
        return usedAt == null && expiresAt != null && now.isBefore(expiresAt);
    }

    /** Whether a string looks like one of ours once normalized (used only in tests and checks). */
    static boolean wellFormed(String password) {
        char[] n = normalize(password);
        if (n.length != GROUPS * GROUP_LENGTH) {
            return false;
        }
        String alphabet = new String(ALPHABET);
        for (char c : n) {
            if (alphabet.indexOf(Character.toUpperCase(c)) < 0) {
                return false;
            }
        }
        return password.toUpperCase(Locale.ROOT).equals(password);
    }
}
