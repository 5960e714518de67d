package it.polis.identity.admin;

import it.polis.identity.Account;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A ministry operator account as the administration pages show it. */
public record StaffAccount(long id, String username, String displayName, String email, String codiceFiscale,
                           List<String> roles, String state, boolean directoryLinked, boolean hasPassword,
                           boolean locked, Instant createdAt) implements Serializable {

    static StaffAccount of(Account a, Instant now) {
        return new StaffAccount(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getCodiceFiscale(),
                a.getRoles().stream().sorted().toList(), a.getState().name(), a.isDirectoryLinked(),
                a.getPasswordHash() != null, a.getLockedUntil() != null && a.getLockedUntil().isAfter(now),
                a.getCreatedAt());
    }
}
