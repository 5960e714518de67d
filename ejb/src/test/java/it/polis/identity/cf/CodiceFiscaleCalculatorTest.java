package it.polis.identity.cf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodiceFiscaleCalculatorTest {

    /** Expected values computed by hand and by an independent implementation of the algorithm. */
    @ParameterizedTest(name = "{0} {1} -> {6}")
    @CsvSource(quoteCharacter = '"', value = {
        "Rossi,     Mario,        1980-01-01, MALE,   H501, RSSMRA80A01H501U",
        "Moretti,   Matteo,       1925-04-09, MALE,   F205, MRTMTT25D09F205Z",
        "Rossi,     Maria,        1980-01-01, FEMALE, H501, RSSMRA80A41H501Y",
        "Smith,     John,         1975-07-04, MALE,   Z404, SMTJHN75L04Z404Z",
        "Ia,        Eva,          2001-02-28, FEMALE, F839, IAXVEA01B68F839T",
        "Bo,        Ia,           1999-12-31, MALE,   L219, BOXIAX99T31L219A",
        "D'Angelo,  Niccolò,      1990-05-15, MALE,   F839, DNGNCL90E15F839A",
        "De Luca,   Maria Grazia, 1968-10-20, FEMALE, A662, DLCMGR68R60A662B",
        "Müller,    Zoë,          2004-03-12, FEMALE, Z112, MLLZOE04C52Z112U",
        "Ødegaard,  Gianfranco,   2010-06-30, MALE,   Z125, DGRGFR10H30Z125O",
        "O,         Francesca,    2000-02-29, FEMALE, h501, OXXFNC00B69H501E",
    })
    void computesKnownCodes(String surname, String name, LocalDate birth, Sex sex, String place, String expected) {
        CodiceFiscale cf = CodiceFiscaleCalculator.compute(new PersonalData(surname, name, birth, sex, place));
        assertEquals(expected, cf.value());
    }

    @ParameterizedTest(name = "surname {0} -> {1}")
    @CsvSource(quoteCharacter = '"', value = {
        "Rossi,      RSS",
        "Fo,         FOX",
        "Bo,         BOX",
        "Ia,         IAX",
        "O,          OXX",
        "D'Angelo,   DNG",
        "De Luca,    DLC",
        "\"  de  luca \", DLC",
        "Dell'Acqua, DLL",
        "Lo Russo-Bianchi, LRS",
        "Çelik,      CLK",
        "Gümüş,      GMS",
        "Strauß,     STR",
        "Cæsar,      CSR",
        "Søren,      SRN",
        "Łukasz,     LKS",
        "Aeio,       AEI",
    })
    void surnameCode(String surname, String expected) {
        assertEquals(expected, CodiceFiscaleCalculator.surnameCode(surname));
    }

    @ParameterizedTest(name = "name {0} -> {1}")
    @CsvSource(quoteCharacter = '"', value = {
        "Mario,        MRA",
        "Eva,          VEA",
        "Ia,           IAX",
        "Bo,           BOX",
        "Luca,         LCU",
        "Gianfranco,   GFR",
        "Francesca,    FNC",
        "Niccolò,      NCL",
        "Maria Grazia, MGR",
        "Anna,         NNA",
        "Kwyx,         KYX",
        "Jürgen,       JGN",
    })
    void nameCode(String name, String expected) {
        assertEquals(expected, CodiceFiscaleCalculator.nameCode(name));
    }

    @Test
    void rejectsNamesWithoutLettersAndBadPlaceCodes() {
        LocalDate date = LocalDate.of(1980, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new PersonalData("'- ", "Mario", date, Sex.MALE, "H501"));
        assertThrows(IllegalArgumentException.class, () -> new PersonalData("Rossi", null, date, Sex.MALE, "H501"));
        assertThrows(IllegalArgumentException.class, () -> new PersonalData("Rossi", "Mario", date, Sex.MALE, "Roma"));
        assertThrows(IllegalArgumentException.class, () -> new PersonalData("Rossi", "Mario", date, Sex.MALE, "H50"));
        assertThrows(NullPointerException.class, () -> new PersonalData("Rossi", "Mario", null, Sex.MALE, "H501"));
    }
}
