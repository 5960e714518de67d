package it.polis.identification.form;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What the enrolment form (modulo di adesione) shows. {@code birthDate}, {@code birthPlace},
 * {@code sex} ("M"/"F") and {@code email} may be null (printed empty); {@code locale} chooses
 * English when its language is "en", Italian otherwise (null: Italian).
 */
public record EnrolmentFormData(String registrationNumber, String username, String givenName, String familyName,
                                String codiceFiscale, LocalDate birthDate, String birthPlace, String sex,
                                String email, Instant registeredAt, Instant expiresAt, Locale locale) {

    public EnrolmentFormData {
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        locale = locale == null ? Locale.ITALIAN : locale;
    }
}
