package it.polis.assistance;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the secretariat typed. The school is not here on purpose: it is always the signed-in
 * account's. {@code submissionKey} is unique per form shown, so a double click or a resent form
 * files one request only.
 */
public record AssistanceForm(AssistanceKind kind, String codiceFiscale, String givenName, String familyName,
                             LocalDate birthDate, String serviceSchoolCode, String replyEmail, String description,
                             String locale, String submissionKey) implements Serializable {
}
