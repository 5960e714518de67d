package it.polis.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one source of "now" for business rules (deadlines are Europe/Rome instants).
 * Tests shift it through {@link #shift(java.time.Duration)} only when the dev/test mode allows it.
 */
@ApplicationScoped
public class PortalClock {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private volatile Clock clock = Clock.system(ROME);

    public Instant now() {
        return clock.instant();
    }

    public ZonedDateTime nowInRome() {
        return ZonedDateTime.now(clock);
    }

    /** Moves the clock by the given offset from the system clock (dev/test mode only; callers check). */
    public void shift(java.time.Duration offset) {
        clock = Clock.offset(Clock.system(ROME), offset);
    }
}
