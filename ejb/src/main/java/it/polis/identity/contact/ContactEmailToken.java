package it.polis.identity.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** The confirmation link of a new address: only the token's SHA-256 is stored; single use; expires. */
@Entity
@Table(name = "contact_email_token")
@NamedQuery(name = ContactEmailToken.BY_HASH, query = "SELECT t FROM ContactEmailToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = ContactEmailToken.OF_EMAIL, query = "SELECT t FROM ContactEmailToken t WHERE t.emailId = :email")
@NamedQuery(name = ContactEmailToken.COUNT_SINCE, query = "SELECT COUNT(t) FROM ContactEmailToken t"
        + " WHERE t.accountId = :account AND t.createdAt > :since")
public class ContactEmailToken {

    public static final String BY_HASH = "ContactEmailToken.byHash";
    public static final String OF_EMAIL = "ContactEmailToken.ofEmail";
    public static final String COUNT_SINCE = "ContactEmailToken.countSince";

    @Id
    @SequenceGenerator(name = "contact_email_token_seq", sequenceName = "contact_email_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_email_token_seq")
    private Long id;

    @Column(name = "email_id", nullable = false)
    private long emailId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ContactEmailToken() {
    }

    ContactEmailToken(long emailId, long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.emailId = emailId;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long getEmailId() {
        return emailId;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    void markUsed(Instant when) {
        usedAt = when;
    }
}
