package it.polis.identification;

import java.time.Instant;

/** One line of a school's list of identifications, read in one query with the person's name and CF. */
public record IdentificationRow(Long id, Instant occurredAt, String givenName, String familyName, String codiceFiscale,
                                Identification.Outcome outcome, String documentType, String documentNumber,
                                String refusalReason, String operator) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
