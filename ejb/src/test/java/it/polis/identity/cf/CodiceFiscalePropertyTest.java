package it.polis.identity.cf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Generated data: compute, validate, decode and match must agree; typos must never pass. */
class CodiceFiscalePropertyTest {

    private static final int CASES = 3000;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String[] SYLLABLES = {
        "a", "e", "i", "o", "u", "ra", "lo", "ni", "ccò", "gl", "sch", "tt", "ma", "ri", "de ", "d'",
        "bu", "zz", "è", "y", "k", "w", "x", "j", "ü", "ñ", "str", "qu", "-", "é", "ss", "h"};
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 31);
    /** Segment of the CF (begin, end) for each part that comes from personal data. */
    private static final Object[][] SEGMENTS = {
        {CodiceFiscalePart.SURNAME, 0, 3}, {CodiceFiscalePart.NAME, 3, 6},
        {CodiceFiscalePart.BIRTH_YEAR, 6, 8}, {CodiceFiscalePart.BIRTH_MONTH, 8, 9},
        {CodiceFiscalePart.BIRTH_DAY_OR_SEX, 9, 11}, {CodiceFiscalePart.PLACE, 11, 15}};

    private final Random random = new Random(20250101L); // fixed seed: failures reproduce

    @Test
    void computeValidateDecodeAndMatchAgree() {
        for (int i = 0; i < CASES; i++) {
            PersonalData data = randomPerson();
            CodiceFiscale cf = CodiceFiscaleCalculator.compute(data);
            String why = data + " -> " + cf;

            assertTrue(CodiceFiscale.isValid(cf.value()), why);
            assertEquals(CodiceFiscaleCalculator.surnameCode(data.surname()), cf.surnameCode(), why);
            assertEquals(CodiceFiscaleCalculator.nameCode(data.name()), cf.nameCode(), why);
            assertEquals(data.birthDate().getYear() % 100, cf.birthYearOfCentury(), why);
            assertEquals(data.birthDate().getMonth(), cf.birthMonth(), why);
            assertEquals(data.birthDate().getDayOfMonth(), cf.birthDay(), why);
            assertEquals(data.sex(), cf.sex(), why);
            assertEquals(data.placeCode(), cf.placeCode(), why);
            assertEquals(data.placeCode().startsWith("Z"), cf.bornAbroad(), why);
            // Birth dates are generated within the last hundred years, so the century is unambiguous.
            assertEquals(data.birthDate(), cf.birthDate(TODAY), why);
            assertTrue(CodiceFiscaleMatch.of(cf, data).matches(), why);

            CodiceFiscale omocode = cf.withOmocodiaLevel(1 + random.nextInt(7));
            assertTrue(CodiceFiscale.isValid(omocode.value()), omocode + " " + why);
            assertTrue(CodiceFiscaleMatch.of(omocode, data).matches(), omocode + " " + why);
            assertEquals(cf, omocode.withoutOmocodia(), why);
        }
    }

    @Test
    void everySingleCharacterTypoIsDetected() {
        for (int i = 0; i < CASES; i++) {
            PersonalData data = randomPerson();
            // Half the cases on an omocodic code, whose letters are typo targets too.
            String cf = CodiceFiscaleCalculator.compute(data).withOmocodiaLevel(random.nextInt(2) * random.nextInt(8))
                    .value();
            for (int position = 0; position < cf.length(); position++) {
                for (char c : ALPHABET.toCharArray()) {
                    if (c == cf.charAt(position)) {
                        continue;
                    }
                    String typo = cf.substring(0, position) + c + cf.substring(position + 1);
                    Set<CodiceFiscalePart> parts = CodiceFiscaleMatch.of(typo, data).mismatches();
                    // The CF alone must reveal it, without needing the personal data.
                    assertFalse(CodiceFiscale.isValid(typo), typo + " from " + cf);
                    assertTrue(parts.contains(CodiceFiscalePart.CHECK_CHARACTER)
                            || parts.contains(CodiceFiscalePart.FORMAT), typo + " " + parts);
                }
            }
        }
    }

    @Test
    void mismatchesAreExactlyTheSegmentsThatDiffer() {
        for (int i = 0; i < CASES; i++) {
            PersonalData data = randomPerson();
            PersonalData other = alterOneField(data);
            String cf = CodiceFiscaleCalculator.compute(data).value();
            String expectedForOther = CodiceFiscaleCalculator.compute(other).value();

            Set<CodiceFiscalePart> expected = EnumSet.noneOf(CodiceFiscalePart.class);
            for (Object[] segment : SEGMENTS) {
                int begin = (Integer) segment[1];
                int end = (Integer) segment[2];
                if (!cf.substring(begin, end).equals(expectedForOther.substring(begin, end))) {
                    expected.add((CodiceFiscalePart) segment[0]);
                }
            }
            assertEquals(expected, CodiceFiscaleMatch.of(cf, other).mismatches(), cf + " vs " + other);
        }
    }

    private PersonalData alterOneField(PersonalData d) {
        return switch (random.nextInt(6)) {
            case 0 -> new PersonalData(randomWord(), d.name(), d.birthDate(), d.sex(), d.placeCode());
            case 1 -> new PersonalData(d.surname(), randomWord(), d.birthDate(), d.sex(), d.placeCode());
            case 2 -> new PersonalData(d.surname(), d.name(), d.birthDate().plusDays(random.nextInt(800) - 400),
                    d.sex(), d.placeCode());
            case 3 -> new PersonalData(d.surname(), d.name(), d.birthDate().plusYears(random.nextInt(3) * 100 - 100),
                    d.sex(), d.placeCode());
            case 4 -> new PersonalData(d.surname(), d.name(), d.birthDate(),
                    d.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE, d.placeCode());
            default -> new PersonalData(d.surname(), d.name(), d.birthDate(), d.sex(), randomPlace());
        };
    }

    private PersonalData randomPerson() {
        LocalDate birth = TODAY.minusDays(random.nextInt(36_000));
        return new PersonalData(randomWord(), randomWord(), birth, random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                randomPlace());
    }

    /** Short and odd names on purpose: they exercise X padding, accents and separators. */
    private String randomWord() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            int syllables = 1 + random.nextInt(5);
            for (int i = 0; i < syllables; i++) {
                sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            String word = random.nextBoolean() ? sb.toString().toUpperCase(Locale.ROOT) : sb.toString();
            if (word.chars().anyMatch(Character::isLetter)) {
                return word;
            }
        }
    }

    /** Comuni have codes A001-M999; foreign countries Z100-Z999. */
    private String randomPlace() {
        char letter = random.nextInt(4) == 0 ? 'Z' : (char) ('A' + random.nextInt(13));
        return String.format(Locale.ROOT, "%c%03d", letter, letter == 'Z' ? 100 + random.nextInt(900) : 1 + random.nextInt(999));
    }
}
