package it.polis.identification;

import java.time.LocalDate;

/** The identity document the secretariat checked, and whether the codice fiscale card was seen. */
public record DocumentCheck(String documentType, String documentNumber, String issuedBy, LocalDate expiry,
                            boolean cfCardSeen) {
}
