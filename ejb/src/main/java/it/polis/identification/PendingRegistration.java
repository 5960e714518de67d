package it.polis.identification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the secretariat sees of a registration to compare with the ID document.
 * {@code identifiable} is false when the email is not confirmed yet or the account is not
 * waiting for an identification (already active, expired, suspended).
 */
public record PendingRegistration(long accountId, String registrationNumber, String codiceFiscale, String givenName,
                                  String familyName, LocalDate birthDate, String birthPlace, String sex,
                                  String state, Instant registeredAt, Instant expiresAt, boolean identifiable) {
}
