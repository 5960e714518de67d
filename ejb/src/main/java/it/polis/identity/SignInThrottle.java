package it.polis.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Failed sign-ins from one client address, for the per-address lock-out. */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    @Id
    @Column(name = "client_addr")
    private String clientAddr;

    private int failures;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private int version;

    protected SignInThrottle() {
    }

    public SignInThrottle(String clientAddr) {
        this.clientAddr = clientAddr;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailedAt() {
        return lastFailedAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void recordFailure(Instant when, int failuresNow, Instant lockUntil) {
        failures = failuresNow;
        lastFailedAt = when;
        lockedUntil = lockUntil;
    }
}
