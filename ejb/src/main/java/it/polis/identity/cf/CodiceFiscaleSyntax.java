package it.polis.identity.cf;

import java.time.Month;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Layout and arithmetic of the codice fiscale, shared by parsing, calculation and matching.
 * Works on raw strings so that a malformed or mistyped CF can still be inspected part by part.
 */
final class CodiceFiscaleSyntax {

    static final int LENGTH = 16;

    /** Letters that replace the digits 0-9 in omocodic codes. */
    static final String OMOCODIA_LETTERS = "LMNPQRSTUV";

    /**
     * 0-based positions that hold digits, in the order the Agenzia delle Entrate substitutes
     * them (right to left), so level k replaces the first k of these.
     */
    static final int[] OMOCODIA_POSITIONS = {14, 13, 12, 10, 9, 7, 6};

    /** Month letters, January to December; the gaps avoid letters that look like digits. */
    static final String MONTH_LETTERS = "ABCDEHLMPRST";

    static final int FEMALE_DAY_OFFSET = 40;

    /** Values of 0-9 then A-Z at odd (1-based) positions for the check character. */
    private static final int[] ODD_DIGITS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
    private static final int[] ODD_LETTERS = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    private CodiceFiscaleSyntax() {
    }

    /** Trims, drops inner blanks (people type "RSS MRA 80A01 ...") and upper-cases; null gives "". */
    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** True when the string has the CF length and only A-Z / 0-9, so the parts can be located. */
    static boolean isSegmentable(String cf) {
        if (cf.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (!isLetter(cf.charAt(i)) && !isDigit(cf.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Structural and check-character problems of a normalised CF, empty when it is valid.
     * A malformed part is reported as FORMAT plus the part itself, so the caller can say where.
     */
    static Set<CodiceFiscalePart> problems(String cf) {
        if (!isSegmentable(cf)) {
            return EnumSet.of(CodiceFiscalePart.FORMAT);
        }
        EnumSet<CodiceFiscalePart> bad = EnumSet.noneOf(CodiceFiscalePart.class);
        if (!lettersAt(cf, 0, 3)) {
            bad.add(CodiceFiscalePart.SURNAME);
        }
        if (!lettersAt(cf, 3, 6)) {
            bad.add(CodiceFiscalePart.NAME);
        }
        if (!digitsOrOmocodiaAt(cf, 6, 8)) {
            bad.add(CodiceFiscalePart.BIRTH_YEAR);
        }
        Month month = month(cf);
        if (month == null) {
            bad.add(CodiceFiscalePart.BIRTH_MONTH);
        }
        if (!digitsOrOmocodiaAt(cf, 9, 11) || !plausibleDay(dayField(cf), month)) {
            bad.add(CodiceFiscalePart.BIRTH_DAY_OR_SEX);
        }
        if (!isLetter(cf.charAt(11)) || !digitsOrOmocodiaAt(cf, 12, 15)) {
            bad.add(CodiceFiscalePart.PLACE);
        }
        if (!isLetter(cf.charAt(15))) {
            bad.add(CodiceFiscalePart.CHECK_CHARACTER);
        }
        if (!bad.isEmpty()) {
            bad.add(CodiceFiscalePart.FORMAT);
        }
        // The table covers every letter and digit, so a typo is caught even in a malformed CF.
        if (checkCharacter(cf) != cf.charAt(15)) {
            bad.add(CodiceFiscalePart.CHECK_CHARACTER);
        }
        return bad;
    }

    /** Check character of the first fifteen characters (A-Z / 0-9): odd/even tables, mod 26. */
    static char checkCharacter(CharSequence cf) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = cf.charAt(i);
            boolean odd = i % 2 == 0; // the official tables count positions from 1
            if (isDigit(c)) {
                sum += odd ? ODD_DIGITS[c - '0'] : c - '0';
            } else if (isLetter(c)) {
                sum += odd ? ODD_LETTERS[c - 'A'] : c - 'A';
            } else {
                throw new IllegalArgumentException("not a codice fiscale character: " + c);
            }
        }
        return (char) ('A' + sum % 26);
    }

    /** The characters in [from, to) with omocodia letters turned back into digits. */
    static String digitsAt(String cf, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            sb.append(toDigit(cf.charAt(i)));
        }
        return sb.toString();
    }

    /** Month of character 9, or null when it is not a month letter. */
    static Month month(String cf) {
        int index = MONTH_LETTERS.indexOf(cf.charAt(8));
        return index < 0 ? null : Month.of(index + 1);
    }

    /** Characters 10-11 as a number (day, plus 40 for women), or -1 when not digits. */
    static int dayField(String cf) {
        return digitsOrOmocodiaAt(cf, 9, 11) ? Integer.parseInt(digitsAt(cf, 9, 11)) : -1;
    }

    static char monthLetter(Month month) {
        return MONTH_LETTERS.charAt(month.getValue() - 1);
    }

    static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static char toDigit(char c) {
        return isDigit(c) ? c : (char) ('0' + OMOCODIA_LETTERS.indexOf(c));
    }

    private static boolean lettersAt(String cf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isLetter(cf.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digitsOrOmocodiaAt(String cf, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = cf.charAt(i);
            if (!isDigit(c) && OMOCODIA_LETTERS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** 1-31 or 41-71, and not past the month's longest length (29 for February: century unknown). */
    private static boolean plausibleDay(int field, Month month) {
        int day = field > FEMALE_DAY_OFFSET ? field - FEMALE_DAY_OFFSET : field;
        int max = month == null ? 31 : month.maxLength();
        return day >= 1 && day <= max;
    }
}
