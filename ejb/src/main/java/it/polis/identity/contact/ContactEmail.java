package it.polis.identity.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/**
 * One email address of an account. The primary one mirrors {@code account.email}; further ones are
 * used only once VERIFIED through their confirmation link.
 */
@Entity
@Table(name = "contact_email")
@NamedQuery(name = ContactEmail.OF_ACCOUNT,
        query = "SELECT e FROM ContactEmail e WHERE e.accountId = :account ORDER BY e.primary DESC, e.createdAt, e.id")
@NamedQuery(name = ContactEmail.BY_ADDRESS,
        query = "SELECT e FROM ContactEmail e WHERE e.addressLc = :address")
@NamedQuery(name = ContactEmail.COUNT_BOUNCED,
        query = "SELECT COUNT(e) FROM ContactEmail e WHERE e.accountId = :account"
                + " AND e.status = it.polis.identity.contact.EmailStatus.BOUNCED")
@NamedQuery(name = ContactEmail.ACCOUNTS_BY_EMAIL,
        query = "SELECT a FROM Account a WHERE LOWER(a.email) = :address")
public class ContactEmail {

    public static final String ACCOUNTS_BY_EMAIL = "ContactEmail.accountsByEmail";

    public static final String OF_ACCOUNT = "ContactEmail.ofAccount";
    public static final String BY_ADDRESS = "ContactEmail.byAddress";
    public static final String COUNT_BOUNCED = "ContactEmail.countBounced";

    @Id
    @SequenceGenerator(name = "contact_email_seq", sequenceName = "contact_email_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_email_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private String address;

    @Column(name = "address_lc", nullable = false)
    private String addressLc;

    @Column(name = "is_primary")
    private boolean primary;

    @Enumerated(EnumType.STRING)
    private EmailStatus status;

    @Column(name = "promote_on_confirm")
    private boolean promoteOnConfirm;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "bounced_at")
    private Instant bouncedAt;

    @Column(name = "bounce_reason")
    private String bounceReason;

    @Version
    private int version;

    protected ContactEmail() {
    }

    ContactEmail(long accountId, String address, boolean primary, EmailStatus status, Instant now) {
        this.accountId = accountId;
        this.address = address;
        this.addressLc = normalize(address);
        this.primary = primary;
        this.status = status;
        this.createdAt = now;
        if (status == EmailStatus.VERIFIED) {
            this.verifiedAt = now;
        }
    }

    static String normalize(String address) {
        return address == null ? null : address.trim().toLowerCase(Locale.ROOT);
    }

    void verify(Instant now) {
        status = EmailStatus.VERIFIED;
        verifiedAt = now;
        bouncedAt = null;
        bounceReason = null;
    }

    void bounce(Instant now, String reason) {
        status = EmailStatus.BOUNCED;
        bouncedAt = now;
        bounceReason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    void setPrimary(boolean primary) {
        this.primary = primary;
    }

    void setPromoteOnConfirm(boolean promoteOnConfirm) {
        this.promoteOnConfirm = promoteOnConfirm;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getAddress() {
        return address;
    }

    public String getAddressLc() {
        return addressLc;
    }

    public boolean isPrimary() {
        return primary;
    }

    public EmailStatus getStatus() {
        return status;
    }

    public boolean isPromoteOnConfirm() {
        return promoteOnConfirm;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getBouncedAt() {
        return bouncedAt;
    }

    public String getBounceReason() {
        return bounceReason;
    }
}
