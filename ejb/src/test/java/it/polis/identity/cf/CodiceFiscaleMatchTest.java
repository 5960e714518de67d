package it.polis.identity.cf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodiceFiscaleMatchTest {

    private static final String MARIO_ROSSI = "RSSMRA80A01H501U";

    private static PersonalData mario() {
        return new PersonalData("Rossi", "Mario", LocalDate.of(1980, 1, 1), Sex.MALE, "H501");
    }

    @Test
    void matchingDataHasNoMismatch() {
        CodiceFiscaleMatch match = CodiceFiscaleMatch.of(MARIO_ROSSI, mario());
        assertTrue(match.matches());
        assertEquals(Set.of(), match.mismatches());
        assertTrue(CodiceFiscaleMatch.of(CodiceFiscale.parse(" rssmra80a01h501u "), mario()).matches());
    }

    @Test
    void omocodiaVariantsMatch() {
        CodiceFiscale base = CodiceFiscale.parse(MARIO_ROSSI);
        for (int level = 0; level <= 7; level++) {
            assertTrue(CodiceFiscaleMatch.of(base.withOmocodiaLevel(level), mario()).matches(), "level " + level);
        }
    }

    @Test
    void yearMatchesModuloHundred() {
        PersonalData born1880 = new PersonalData("Rossi", "Mario", LocalDate.of(1880, 1, 1), Sex.MALE, "H501");
        PersonalData born2080 = new PersonalData("Rossi", "Mario", LocalDate.of(2080, 1, 1), Sex.MALE, "H501");
        assertTrue(CodiceFiscaleMatch.of(MARIO_ROSSI, born1880).matches());
        assertTrue(CodiceFiscaleMatch.of(MARIO_ROSSI, born2080).matches());
    }

    @Test
    void reportsEachDifferingPart() {
        assertMismatch(new PersonalData("Verdi", "Mario", LocalDate.of(1980, 1, 1), Sex.MALE, "H501"),
                CodiceFiscalePart.SURNAME);
        assertMismatch(new PersonalData("Rossi", "Marco", LocalDate.of(1980, 1, 1), Sex.MALE, "H501"),
                CodiceFiscalePart.NAME);
        assertMismatch(new PersonalData("Rossi", "Mario", LocalDate.of(1981, 1, 1), Sex.MALE, "H501"),
                CodiceFiscalePart.BIRTH_YEAR);
        assertMismatch(new PersonalData("Rossi", "Mario", LocalDate.of(1980, 2, 1), Sex.MALE, "H501"),
                CodiceFiscalePart.BIRTH_MONTH);
        assertMismatch(new PersonalData("Rossi", "Mario", LocalDate.of(1980, 1, 2), Sex.MALE, "H501"),
                CodiceFiscalePart.BIRTH_DAY_OR_SEX);
        assertMismatch(new PersonalData("Rossi", "Mario", LocalDate.of(1980, 1, 1), Sex.FEMALE, "H501"),
                CodiceFiscalePart.BIRTH_DAY_OR_SEX);
        assertMismatch(new PersonalData("Rossi", "Mario", LocalDate.of(1980, 1, 1), Sex.MALE, "F205"),
                CodiceFiscalePart.PLACE);
        assertMismatch(new PersonalData("Rossi", "Mario", LocalDate.of(1980, 1, 1), Sex.MALE, "Z404"),
                CodiceFiscalePart.PLACE);
    }

    @Test
    void reportsSeveralPartsAtOnce() {
        PersonalData other = new PersonalData("Bianchi", "Mario", LocalDate.of(1980, 3, 1), Sex.FEMALE, "H501");
        assertEquals(EnumSet.of(CodiceFiscalePart.SURNAME, CodiceFiscalePart.BIRTH_MONTH,
                CodiceFiscalePart.BIRTH_DAY_OR_SEX), CodiceFiscaleMatch.of(MARIO_ROSSI, other).mismatches());
    }

    @Test
    void reportsWrongCheckCharacterAlone() {
        assertEquals(Set.of(CodiceFiscalePart.CHECK_CHARACTER),
                CodiceFiscaleMatch.of("RSSMRA80A01H501A", mario()).mismatches());
    }

    @Test
    void typoInOnePartReportsThatPartAndTheCheckCharacter() {
        // Year mistyped as 81: the check character no longer agrees either.
        assertEquals(EnumSet.of(CodiceFiscalePart.BIRTH_YEAR, CodiceFiscalePart.CHECK_CHARACTER),
                CodiceFiscaleMatch.of("RSSMRA81A01H501U", mario()).mismatches());
    }

    @Test
    void malformedPartIsReportedAsFormatAndThatPart() {
        // Letter O typed instead of the digit zero in the year.
        Set<CodiceFiscalePart> parts = CodiceFiscaleMatch.of("RSSMRA8OA01H501U", mario()).mismatches();
        assertTrue(parts.contains(CodiceFiscalePart.FORMAT));
        assertTrue(parts.contains(CodiceFiscalePart.BIRTH_YEAR));
        assertFalse(parts.contains(CodiceFiscalePart.SURNAME));
        assertFalse(parts.contains(CodiceFiscalePart.PLACE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RSSMRA80A01H501", "RSSMRA80A01H501UX", "RSSMRA80A01H5_1U"})
    void unusableInputIsFormatOnly(String value) {
        assertEquals(Set.of(CodiceFiscalePart.FORMAT), CodiceFiscaleMatch.of(value, mario()).mismatches());
    }

    @Test
    void namesAreComparedByTheirCodeNotTheirSpelling() {
        PersonalData accented = new PersonalData("D'Angelo", "Niccolò", LocalDate.of(1990, 5, 15), Sex.MALE, "F839");
        PersonalData plain = new PersonalData("DANGELO", "NICCOLO'", LocalDate.of(1990, 5, 15), Sex.MALE, "F839");
        assertTrue(CodiceFiscaleMatch.of("DNGNCL90E15F839A", accented).matches());
        assertTrue(CodiceFiscaleMatch.of("DNGNCL90E15F839A", plain).matches());
        // Different surnames can share a code: the CF cannot tell Russo from Rossi.
        PersonalData russo = new PersonalData("Russo", "Mario", LocalDate.of(1980, 1, 1), Sex.MALE, "H501");
        assertTrue(CodiceFiscaleMatch.of(MARIO_ROSSI, russo).matches());
    }

    private static void assertMismatch(PersonalData data, CodiceFiscalePart expected) {
        CodiceFiscaleMatch match = CodiceFiscaleMatch.of(MARIO_ROSSI, data);
        assertFalse(match.matches());
        assertEquals(Set.of(expected), match.mismatches());
        assertTrue(match.mismatch(expected));
    }
}
