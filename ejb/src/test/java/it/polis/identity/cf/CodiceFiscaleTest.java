package it.polis.identity.cf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodiceFiscaleTest {

    @Test
    void decodesMarioRossi() {
        CodiceFiscale cf = CodiceFiscale.parse("RSSMRA80A01H501U");
        assertEquals("RSS", cf.surnameCode());
        assertEquals("MRA", cf.nameCode());
        assertEquals(80, cf.birthYearOfCentury());
        assertEquals(Month.JANUARY, cf.birthMonth());
        assertEquals(1, cf.birthDay());
        assertEquals(Sex.MALE, cf.sex());
        assertEquals("H501", cf.placeCode());
        assertFalse(cf.bornAbroad());
        assertEquals('U', cf.checkCharacter());
        assertEquals(0, cf.omocodiaLevel());
    }

    @Test
    void decodesWomanFromDayPlusForty() {
        CodiceFiscale cf = CodiceFiscale.parse("RSSMRA80A41H501Y");
        assertEquals(1, cf.birthDay());
        assertEquals(Sex.FEMALE, cf.sex());
        CodiceFiscale lastDay = CodiceFiscale.parse("IAXVEA01B68F839T");
        assertEquals(28, lastDay.birthDay());
        assertEquals(Month.FEBRUARY, lastDay.birthMonth());
        assertEquals(Sex.FEMALE, lastDay.sex());
    }

    @Test
    void decodesForeignBirth() {
        CodiceFiscale cf = CodiceFiscale.parse("SMTJHN75L04Z404Z");
        assertTrue(cf.bornAbroad());
        assertEquals("Z404", cf.placeCode());
        assertEquals(Month.JULY, cf.birthMonth());
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA80A01H501U", "MRTMTT25D09F205Z", "RSSMRA85T10A562S"})
    void acceptsWellKnownPublicExamples(String value) {
        assertTrue(CodiceFiscale.isValid(value));
    }

    @Test
    void normalisesBlanksAndCase() {
        assertEquals("RSSMRA80A01H501U", CodiceFiscale.parse("  rssmra80a01h501u\n").value());
        assertEquals("RSSMRA80A01H501U", CodiceFiscale.parse("RSS MRA 80A01 H501U").value());
        assertEquals(CodiceFiscale.parse("RSSMRA80A01H501U"), CodiceFiscale.parse("rssmra80a01h501u"));
    }

    @Test
    void detectsWrongCheckCharacter() {
        assertFalse(CodiceFiscale.isValid("RSSMRA80A01H501X"));
        assertEquals(Set.of(CodiceFiscalePart.CHECK_CHARACTER), CodiceFiscale.problems("RSSMRA80A01H501X"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodiceFiscale.parse("RSSMRA80A01H501X"));
        assertFalse(e.getMessage().contains("RSSMRA"), "the message must not echo personal data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RSSMRA80A01H501", "RSSMRA80A01H501UU", "RSSMRA80A01H5-1U", "RSSMRÀ80A01H501U"})
    void rejectsWrongLengthOrCharacters(String value) {
        assertFalse(CodiceFiscale.isValid(value));
        assertEquals(Set.of(CodiceFiscalePart.FORMAT), CodiceFiscale.problems(value));
        assertTrue(CodiceFiscale.tryParse(value).isEmpty());
    }

    @Test
    void rejectsNull() {
        assertFalse(CodiceFiscale.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> CodiceFiscale.parse(null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "RS1MRA80A01H501U, SURNAME",
        "RSSM3A80A01H501U, NAME",
        "RSSMRA8AA01H501U, BIRTH_YEAR",
        "RSSMRA80F01H501U, BIRTH_MONTH",
        "RSSMRA80A00H501U, BIRTH_DAY_OR_SEX",
        "RSSMRA80A32H501U, BIRTH_DAY_OR_SEX",
        "RSSMRA80A72H501U, BIRTH_DAY_OR_SEX",
        "RSSMRA80B30H501U, BIRTH_DAY_OR_SEX",
        "RSSMRA80A011501U, PLACE",
        "RSSMRA80A01H5A1U, PLACE",
        "RSSMRA80A01H5011, CHECK_CHARACTER",
    })
    void namesTheMalformedPart(String value, CodiceFiscalePart part) {
        Set<CodiceFiscalePart> problems = CodiceFiscale.problems(value);
        assertTrue(problems.contains(CodiceFiscalePart.FORMAT), problems.toString());
        assertTrue(problems.contains(part), problems.toString());
    }

    @Test
    void acceptsEveryOmocodiaLevelAndDecodesBack() {
        CodiceFiscale base = CodiceFiscale.parse("RSSMRA80A01H501U");
        Set<String> seen = new HashSet<>();
        for (int level = 0; level <= 7; level++) {
            CodiceFiscale variant = base.withOmocodiaLevel(level);
            assertTrue(CodiceFiscale.isValid(variant.value()), variant.value());
            assertTrue(seen.add(variant.value()), "levels must differ");
            assertEquals(level, variant.omocodiaLevel());
            assertEquals(80, variant.birthYearOfCentury());
            assertEquals(Month.JANUARY, variant.birthMonth());
            assertEquals(1, variant.birthDay());
            assertEquals(Sex.MALE, variant.sex());
            assertEquals("H501", variant.placeCode());
            assertEquals(base, variant.withoutOmocodia());
        }
        // Computed independently of this code.
        assertEquals("RSSMRA80A01H50MM", base.withOmocodiaLevel(1).value());
        assertEquals("RSSMRAULALMHRLMD", base.withOmocodiaLevel(7).value());
    }

    @Test
    void omocodiaLettersMapBackToDigits() {
        // L M N P Q R S T U V stand for 0-9: the day field 1V is 19 and the year 8L is 80.
        CodiceFiscale cf = CodiceFiscale.parse(withCheck("RSSMRA8LA1VH501"));
        assertEquals(80, cf.birthYearOfCentury());
        assertEquals(19, cf.birthDay());
        assertEquals(2, cf.omocodiaLevel());
        CodiceFiscale woman = CodiceFiscale.parse(withCheck("RSSMRA80AQUZ40Q"));
        assertEquals(48 - 40, woman.birthDay());
        assertEquals(Sex.FEMALE, woman.sex());
        assertEquals("Z404", woman.placeCode());
    }

    @Test
    void rejectsNonOmocodiaLettersInDigitPositions() {
        // A, B, ... K, O, W-Z never replace digits.
        assertTrue(CodiceFiscale.problems(withCheck("RSSMRA8OA01H501")).contains(CodiceFiscalePart.BIRTH_YEAR));
        assertTrue(CodiceFiscale.problems(withCheck("RSSMRA80A01H50K")).contains(CodiceFiscalePart.PLACE));
    }

    @Test
    void resolvesCenturyFromReferenceDate() {
        LocalDate today = LocalDate.of(2025, 6, 1);
        assertEquals(LocalDate.of(1980, 1, 1), CodiceFiscale.parse("RSSMRA80A01H501U").birthDate(today));
        assertEquals(LocalDate.of(2001, 2, 28), CodiceFiscale.parse("IAXVEA01B68F839T").birthDate(today));
        // 2025-04-09 is before "today", so a CF for 9 Apr 25 reads as 2025, not 1925.
        assertEquals(LocalDate.of(2025, 4, 9), CodiceFiscale.parse("MRTMTT25D09F205Z").birthDate(today));
        assertEquals(LocalDate.of(1925, 4, 9),
                CodiceFiscale.parse("MRTMTT25D09F205Z").birthDate(LocalDate.of(2025, 4, 8)));
        // 29 Feb 00 existed in 2000 but not in 1900.
        assertEquals(LocalDate.of(2000, 2, 29), CodiceFiscale.parse("OXXFNC00B69H501E").birthDate(today));
    }

    @Test
    void rejectsOmocodiaLevelOutOfRange() {
        CodiceFiscale cf = CodiceFiscale.parse("RSSMRA80A01H501U");
        assertThrows(IllegalArgumentException.class, () -> cf.withOmocodiaLevel(8));
        assertThrows(IllegalArgumentException.class, () -> cf.withOmocodiaLevel(-1));
    }

    static String withCheck(String first15) {
        return first15 + CodiceFiscaleSyntax.checkCharacter(first15);
    }
}
