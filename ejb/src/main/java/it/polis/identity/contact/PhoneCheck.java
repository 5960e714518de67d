package it.polis.identity.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * The one-time code that verifies an account's mobile phone: Argon2id hash, expiry, attempts, and the
 * sending rate (one code per interval, a few per day).
 */
@Entity
@Table(name = "phone_check")
public class PhoneCheck {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    private String phone;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "expires_at")
    private Instant expiresAt;

    private int attempts;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "sends_in_window")
    private int sendsInWindow;

    @Version
    private int version;

    protected PhoneCheck() {
    }

    PhoneCheck(long accountId, Instant now) {
        this.accountId = accountId;
        this.lastSentAt = now;
        this.windowStart = now;
    }

    /** Seconds to wait before another code may be sent (0 = now), given the interval and daily limit. */
    long waitSeconds(Instant now, Duration interval, int perDay) {
        if (sendsInWindow == 0) {
            return 0;
        }
        long sinceLast = Duration.between(lastSentAt, now).getSeconds();
        if (sinceLast < interval.getSeconds()) {
            return interval.getSeconds() - sinceLast;
        }
        if (sendsInWindow >= perDay && now.isBefore(windowStart.plus(Duration.ofDays(1)))) {
            return Duration.between(now, windowStart.plus(Duration.ofDays(1))).getSeconds();
        }
        return 0;
    }

    void newCode(String phone, String hash, Instant now, Duration validity) {
        if (!now.isBefore(windowStart.plus(Duration.ofDays(1)))) {
            windowStart = now;
            sendsInWindow = 0;
        }
        this.phone = phone;
        this.codeHash = hash;
        this.expiresAt = now.plus(validity);
        this.attempts = 0;
        this.lastSentAt = now;
        this.sendsInWindow++;
    }

    int failedAttempt() {
        return ++attempts;
    }

    void spend() {
        codeHash = null;
        expiresAt = null;
    }

    public String getPhone() {
        return phone;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getAttempts() {
        return attempts;
    }
}
