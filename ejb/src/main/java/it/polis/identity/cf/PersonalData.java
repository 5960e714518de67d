package it.polis.identity.cf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The personal data a codice fiscale is derived from.
 *
 * @param surname    all surnames as on the ID document ("De Luca", "D'Angelo")
 * @param name       all given names ("Maria Grazia")
 * @param birthDate  date of birth
 * @param sex        sex
 * @param placeCode  Belfiore code of the comune of birth (e.g. {@code H501} Roma) or of the
 *                   foreign country ({@code Z###}, e.g. {@code Z404} USA)
 */
public record PersonalData(String surname, String name, LocalDate birthDate, Sex sex, String placeCode) {

    public PersonalData {
        // Fail here rather than later when a code is derived from a name without letters.
        CodiceFiscaleCalculator.letters(surname, "surname");
        CodiceFiscaleCalculator.letters(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        placeCode = CodiceFiscaleCalculator.normalisePlaceCode(placeCode);
    }
}
