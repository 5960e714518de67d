package it.polis.identity.cf;

/**
 * The parts of a codice fiscale that can disagree with a person's data, so the UI can say
 * which part is wrong instead of a bare "invalid".
 */
public enum CodiceFiscalePart {
    /** Wrong length, characters outside A-Z/0-9, or a letter/digit in the wrong place. */
    FORMAT,
    /** Characters 1-3. */
    SURNAME,
    /** Characters 4-6. */
    NAME,
    /** Characters 7-8 (two digits; the century is not encoded). */
    BIRTH_YEAR,
    /** Character 9. */
    BIRTH_MONTH,
    /** Characters 10-11: day of birth, plus 40 for women. */
    BIRTH_DAY_OR_SEX,
    /** Characters 12-15: Belfiore code of the comune or foreign country. */
    PLACE,
    /** Character 16: does not agree with the first fifteen characters. */
    CHECK_CHARACTER
}
