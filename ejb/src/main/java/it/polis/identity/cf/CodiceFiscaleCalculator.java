package it.polis.identity.cf;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Computes the base (non-omocodic) codice fiscale from personal data, following DM 23/12/1976.
 * The result is what the data imply; the Agenzia delle Entrate may have issued an omocodic
 * variant instead, so use {@link CodiceFiscaleMatch} to check a CF someone typed.
 */
public final class CodiceFiscaleCalculator {

    private static final Pattern PLACE_CODE = Pattern.compile("[A-Z][0-9]{3}");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final String VOWELS = "AEIOU";

    /** Upper-case letters that do not decompose into a base letter plus accents. */
    private static final Map<Character, String> SPECIAL_LETTERS = Map.of(
            'Æ', "AE", 'Œ', "OE", 'Ø', "O", 'Ł', "L", 'Đ', "D", 'Þ', "TH", 'Ð', "D");

    private CodiceFiscaleCalculator() {
    }

    public static CodiceFiscale compute(PersonalData data) {
        String first15 = surnameCode(data.surname())
                + nameCode(data.name())
                + yearCode(data.birthDate())
                + CodiceFiscaleSyntax.monthLetter(data.birthDate().getMonth())
                + dayCode(data.birthDate(), data.sex())
                + data.placeCode();
        return new CodiceFiscale(first15 + CodiceFiscaleSyntax.checkCharacter(first15));
    }

    /** Consonants, then vowels, then X, first three. */
    public static String surnameCode(String surname) {
        String letters = letters(surname, "surname");
        return (consonants(letters) + vowels(letters) + "XXX").substring(0, 3);
    }

    /** As for the surname, except that with four or more consonants the 1st, 3rd and 4th are used. */
    public static String nameCode(String name) {
        String letters = letters(name, "name");
        String consonants = consonants(letters);
        if (consonants.length() >= 4) {
            return "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return (consonants + vowels(letters) + "XXX").substring(0, 3);
    }

    static String yearCode(LocalDate birthDate) {
        return String.format(Locale.ROOT, "%02d", Math.floorMod(birthDate.getYear(), 100));
    }

    static String dayCode(LocalDate birthDate, Sex sex) {
        return String.format(Locale.ROOT, "%02d", birthDate.getDayOfMonth() + sex.dayOffset());
    }

    /** Trims and upper-cases a Belfiore code; it must be a letter and three digits. */
    static String normalisePlaceCode(String placeCode) {
        String code = placeCode == null ? "" : placeCode.strip().toUpperCase(Locale.ROOT);
        if (!PLACE_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Belfiore code must be a letter and three digits: " + placeCode);
        }
        return code;
    }

    /**
     * The A-Z letters of a name: accents dropped ("Niccolò" to NICCOLO), apostrophes, blanks
     * and hyphens ignored ("D'Angelo", "De Luca"). J, K, W, X, Y count as consonants.
     */
    static String letters(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        StringBuilder mapped = new StringBuilder(text.length());
        // Upper-case first so lower-case special letters are mapped too (and ß becomes SS).
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            String special = SPECIAL_LETTERS.get(c);
            mapped.append(special != null ? special : String.valueOf(c));
        }
        String plain = COMBINING_MARKS.matcher(Normalizer.normalize(mapped, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder sb = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            if (CodiceFiscaleSyntax.isLetter(c)) {
                sb.append(c);
            }
        }
        if (sb.isEmpty()) {
            throw new IllegalArgumentException(what + " has no letters");
        }
        return sb.toString();
    }

    private static String consonants(String letters) {
        StringBuilder sb = new StringBuilder();
        letters.chars().filter(c -> VOWELS.indexOf(c) < 0).forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    private static String vowels(String letters) {
        StringBuilder sb = new StringBuilder();
        letters.chars().filter(c -> VOWELS.indexOf(c) >= 0).forEach(c -> sb.append((char) c));
        return sb.toString();
    }
}
