package it.polis.platform.mail;

import java.time.Duration;

/**
 * Exponential backoff between delivery attempts: {@code firstDelay}, twice that, four times...
 * capped at {@code maxDelay}; after {@code maxAttempts} failed attempts the message is FAILED.
 * Defaults: 5 s, 10 s, 20 s ... 15 min, 20 attempts (about three and a half hours in all).
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(15), 20);

    public RetryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Bad retry policy " + firstDelay + "/" + maxDelay + "/" + maxAttempts);
        }
    }

    /** Wait before the next attempt, after {@code failedAttempts} (1, 2, ...) failures. */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        long millis = firstDelay.toMillis();
        for (int i = 0; i < doublings && millis < maxDelay.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /** True when {@code failedAttempts} failures use up the attempts. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
