package it.polis.batch.sendcampaign;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * At most {@code rate} sends per second, evenly spaced: each {@link #acquire()} waits for the next slot.
 * Slots missed while the job was busy elsewhere are not saved up, so a slow patch is never followed by a
 * burst above the rate.
 */
final class Throttle {

    interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private long next;

    Throttle(int ratePerSecond) {
        this(ratePerSecond, System::nanoTime, n -> TimeUnit.NANOSECONDS.sleep(n));
    }

    Throttle(int ratePerSecond, LongSupplier clock, Sleeper sleeper) {
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, ratePerSecond);
        this.clock = clock;
        this.sleeper = sleeper;
        this.next = clock.getAsLong();
    }

    /** Waits until the next send may go. */
    void acquire() throws InterruptedException {
        long now = clock.getAsLong();
        if (next < now) {
            next = now;
        }
        if (next > now) {
            sleeper.sleepNanos(next - now);
        }
        next += intervalNanos;
    }
}
