package it.polis.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A one-time token sent by email. Only its SHA-256 is stored; single use; expires. */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = AccountToken.COUNT_SINCE, query = "SELECT COUNT(t) FROM AccountToken t WHERE t.account = :account"
        + " AND t.purpose = :purpose AND t.createdAt > :since")
public class AccountToken {

    public static final String BY_HASH = "AccountToken.byHash";
    public static final String COUNT_SINCE = "AccountToken.countSince";

    public enum Purpose {
        EMAIL_CONFIRM
    }

    @Id
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    public AccountToken(Account account, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Account getAccount() {
        return account;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public void markUsed(Instant when) {
        this.usedAt = when;
    }
}
