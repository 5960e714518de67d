package it.polis.identity.admin;

import java.io.Serializable;
import java.time.Instant;

/** One row of the audit log. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType,
                         String targetId, String detail, String clientAddr) implements Serializable {
}
