package it.polis.identity;

import it.polis.identity.cf.Sex;

import java.time.LocalDate;

/** What a person types on the registration pages. */
public record RegistrationRequest(String codiceFiscale, String givenName, String familyName, LocalDate birthDate,
                                  String birthPlaceCode, Sex sex, String email, String password, String locale) {
}
