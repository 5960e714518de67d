package it.polis.identity.activity;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a citizen's account activity, read from the audit log.
 *
 * @param action   the audit action code (pages label known codes and show others generically)
 * @param by       who did it, as seen by the owner
 * @param byName   the school's name (by SCHOOL), the actor's user name (by OTHER), else null
 * @param byCode   the school's codice meccanografico (by SCHOOL), else null
 * @param note     a short reason code for refused sign-ins ("wrongPassword", "accountLocked", ...), else null
 */
public record ActivityEntry(long id, Instant occurredAt, String action, By by, String byName, String byCode,
                            String clientAddr, String note) implements Serializable {

    /** Who did what the line records. */
    public enum By {
        /** The owner, signed in or signing in. */
        SELF,
        /** Someone not signed in (recovery pages, registration with the same CF). */
        ANONYMOUS,
        /** The portal itself (scheduled jobs). */
        SYSTEM,
        /** A school secretariat. */
        SCHOOL,
        /** Ministry staff. */
        MINISTRY,
        /** Anybody else. */
        OTHER
    }
}
