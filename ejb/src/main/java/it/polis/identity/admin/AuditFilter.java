package it.polis.identity.admin;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the audit log, each optional: actor (user name, exact), action (exact, e.g.
 * CITIZEN_SUSPENDED), target (an account's user name or id, a school code: exact), from/to (days,
 * Europe/Rome, both included).
 */
public record AuditFilter(String actor, String action, String target, LocalDate from, LocalDate to)
        implements Serializable {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);
}
