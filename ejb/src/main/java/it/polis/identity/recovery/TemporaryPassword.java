package it.polis.identity.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The temporary password of one account ("forgot password"): only its Argon2id hash is kept, it
 * expires, and it works once. While unused the old password keeps working too; once used the old
 * one is gone and the person must choose a new password before anything else.
 */
@Entity
@Table(name = "temporary_password")
public class TemporaryPassword {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private int version;

    protected TemporaryPassword() {
    }

    public TemporaryPassword(Long accountId) {
        this.accountId = accountId;
    }

    /** A new temporary password replaces the previous one, used or not. */
    public void replace(String hash, Instant now, Instant expires) {
        this.passwordHash = hash;
        this.createdAt = now;
        this.expiresAt = expires;
        this.usedAt = null;
    }

    /** Whether it may still be used to sign in. */
    public boolean isUsable(Instant now) {
        return TemporaryPasswords.isUsable(expiresAt, usedAt, now);
    }

    /** It was used to sign in: the person must now choose a new password. */
    public boolean isAwaitingChange() {
        return usedAt != null;
    }

    public void markUsed(Instant when) {
        this.usedAt = when;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
