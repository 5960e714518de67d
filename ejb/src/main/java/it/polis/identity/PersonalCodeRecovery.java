package it.polis.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * Wrong answers to the security question while recovering the personal code, per account and
 * across sessions, and the time until which the recovery is blocked after too many of them.
 */
@Entity
@Table(name = "cp_recovery")
public class PersonalCodeRecovery {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    private int failures;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Version
    private int version;

    protected PersonalCodeRecovery() {
    }

    public PersonalCodeRecovery(Long accountId) {
        this.accountId = accountId;
    }

    public boolean isBlocked(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    /**
     * Counts a wrong answer; failures older than the window no longer count. When the limit is
     * reached the recovery is blocked until {@code now + block} and the count starts again.
     *
     * @return true when this failure blocked the recovery
     */
    public boolean fail(Instant now, int maxFailures, Duration block) {
        if (lastFailedAt == null || lastFailedAt.isBefore(now.minus(block))) {
            failures = 0;
        }
        failures++;
        lastFailedAt = now;
        if (failures >= maxFailures) {
            failures = 0;
            blockedUntil = now.plus(block);
            return true;
        }
        return false;
    }

    public void reset() {
        failures = 0;
        lastFailedAt = null;
        blockedUntil = null;
    }

    /** Wrong answers still allowed before the block (with the same window rule as {@link #fail}). */
    public int attemptsLeft(Instant now, int maxFailures, Duration block) {
        boolean counted = lastFailedAt != null && !lastFailedAt.isBefore(now.minus(block));
        return Math.max(0, maxFailures - (counted ? failures : 0));
    }

    public Long getAccountId() {
        return accountId;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }
}
