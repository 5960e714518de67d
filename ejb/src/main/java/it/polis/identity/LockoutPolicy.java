package it.polis.identity;

import it.polis.platform.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * Progressive waits after repeated failures, like Keycloak's brute-force detection: after the
 * threshold each further failure adds one wait step, up to a maximum; the count restarts when the
 * last failure is older than the reset time. Waits stay short so nobody can lock a person out for long.
 */
@ApplicationScoped
public class LockoutPolicy {

    @Inject
    private PortalSettings settings;

    /** The failure count after one more failure at {@code now}. */
    public int failuresAfter(int failures, Instant lastFailedAt, Instant now) {
        boolean stale = lastFailedAt == null || Duration.between(lastFailedAt, now).compareTo(settings.lockoutReset()) > 0;
        return (stale ? 0 : failures) + 1;
    }

    /** Until when to refuse after this many failures, or null when below the threshold. */
    public Instant lockedUntil(int failures, int threshold, Instant now) {
        if (failures < threshold) {
            return null;
        }
        Duration wait = settings.lockoutWait().multipliedBy(failures - threshold + 1L);
        if (wait.compareTo(settings.lockoutMaxWait()) > 0) {
            wait = settings.lockoutMaxWait();
        }
        return now.plus(wait);
    }

    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
