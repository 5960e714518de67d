package it.polis.identity.admin;

import java.io.Serializable;
import java.time.Instant;

/** A citizen account as the administration page shows it. */
public record CitizenAccount(long accountId, String username, String codiceFiscale, String fullName,
                             String registrationNumber, String email, String state, int failedSignIns,
                             Instant lockedUntil, boolean locked) implements Serializable {
}
