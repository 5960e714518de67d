package it.polis.identity.cf;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.Set;

/**
 * A valid Italian codice fiscale: sixteen characters, well formed and with the right check
 * character. Instances hold the normalised form (no blanks, upper case).
 *
 * <p>Omocodic codes (digits replaced from the right by {@code L M N P Q R S T U V}) are valid
 * and decode to the same data. They are issued to <em>different</em> people whose base codes
 * collide, so never compare CFs with omocodia removed when looking a person up.
 *
 * <p>Not a secret, but personal data: do not log it needlessly.
 */
public record CodiceFiscale(String value) {

    /** Normalises and validates; throws {@link IllegalArgumentException} naming the wrong parts. */
    public CodiceFiscale {
        value = CodiceFiscaleSyntax.normalise(value);
        Set<CodiceFiscalePart> problems = CodiceFiscaleSyntax.problems(value);
        if (!problems.isEmpty()) {
            // The value is personal data: report what is wrong, not the value itself.
            throw new IllegalArgumentException("invalid codice fiscale: " + problems);
        }
    }

    /** Same as the constructor; reads better at call sites. */
    public static CodiceFiscale parse(String raw) {
        return new CodiceFiscale(raw);
    }

    public static Optional<CodiceFiscale> tryParse(String raw) {
        return isValid(raw) ? Optional.of(new CodiceFiscale(raw)) : Optional.empty();
    }

    /** Well formed (omocodia allowed) and with the right check character. */
    public static boolean isValid(String raw) {
        return CodiceFiscaleSyntax.problems(CodiceFiscaleSyntax.normalise(raw)).isEmpty();
    }

    /**
     * What is wrong with a CF on its own, empty when valid: {@link CodiceFiscalePart#FORMAT}
     * with the malformed parts, and/or {@link CodiceFiscalePart#CHECK_CHARACTER}.
     */
    public static Set<CodiceFiscalePart> problems(String raw) {
        return Set.copyOf(CodiceFiscaleSyntax.problems(CodiceFiscaleSyntax.normalise(raw)));
    }

    /** Characters 1-3. */
    public String surnameCode() {
        return value.substring(0, 3);
    }

    /** Characters 4-6. */
    public String nameCode() {
        return value.substring(3, 6);
    }

    /** Year of birth modulo 100; the century is not encoded. */
    public int birthYearOfCentury() {
        return Integer.parseInt(CodiceFiscaleSyntax.digitsAt(value, 6, 8));
    }

    public Month birthMonth() {
        return CodiceFiscaleSyntax.month(value);
    }

    public int birthDay() {
        int field = CodiceFiscaleSyntax.dayField(value);
        return field > CodiceFiscaleSyntax.FEMALE_DAY_OFFSET ? field - CodiceFiscaleSyntax.FEMALE_DAY_OFFSET : field;
    }

    public Sex sex() {
        return CodiceFiscaleSyntax.dayField(value) > CodiceFiscaleSyntax.FEMALE_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
    }

    /** Belfiore code of the place of birth, with omocodia letters turned back into digits. */
    public String placeCode() {
        return value.charAt(11) + CodiceFiscaleSyntax.digitsAt(value, 12, 15);
    }

    /** Foreign countries have Belfiore codes starting with Z. */
    public boolean bornAbroad() {
        return value.charAt(11) == 'Z';
    }

    public char checkCharacter() {
        return value.charAt(15);
    }

    /**
     * The latest date of birth the CF allows that is not after {@code notAfter} (usually
     * today). The CF does not encode the century, so this is a guess for people over 100.
     */
    public LocalDate birthDate(LocalDate notAfter) {
        int yy = birthYearOfCentury();
        int year = notAfter.getYear() - Math.floorMod(notAfter.getYear() - yy, 100);
        // Go back a century while the date is in the future or does not exist (29 Feb 1900).
        for (int tries = 0; tries < 3; tries++, year -= 100) {
            try {
                LocalDate date = LocalDate.of(year, birthMonth(), birthDay());
                if (!date.isAfter(notAfter)) {
                    return date;
                }
            } catch (DateTimeException nonexistentDate) {
                // try the previous century
            }
        }
        throw new IllegalStateException("no plausible birth date");
    }

    /** How many digits are replaced by omocodia letters (0-7). */
    public int omocodiaLevel() {
        int level = 0;
        for (int position : CodiceFiscaleSyntax.OMOCODIA_POSITIONS) {
            if (!CodiceFiscaleSyntax.isDigit(value.charAt(position))) {
                level++;
            }
        }
        return level;
    }

    /** The base code: all omocodia letters back to digits, check character recomputed. */
    public CodiceFiscale withoutOmocodia() {
        return withOmocodiaLevel(0);
    }

    /**
     * This CF with the rightmost {@code level} digit positions replaced by omocodia letters
     * (the order the Agenzia delle Entrate uses) and the rest as digits.
     */
    public CodiceFiscale withOmocodiaLevel(int level) {
        int[] positions = CodiceFiscaleSyntax.OMOCODIA_POSITIONS;
        if (level < 0 || level > positions.length) {
            throw new IllegalArgumentException("omocodia level must be 0-7: " + level);
        }
        char[] chars = value.toCharArray();
        for (int i = 0; i < positions.length; i++) {
            int p = positions[i];
            int digit = CodiceFiscaleSyntax.digitsAt(value, p, p + 1).charAt(0) - '0';
            chars[p] = i < level ? CodiceFiscaleSyntax.OMOCODIA_LETTERS.charAt(digit) : (char) ('0' + digit);
        }
        chars[15] = CodiceFiscaleSyntax.checkCharacter(new String(chars));
        return new CodiceFiscale(new String(chars));
    }

    @Override
    public String toString() {
        return value;
    }
}
