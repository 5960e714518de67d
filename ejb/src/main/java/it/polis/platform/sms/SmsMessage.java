package it.polis.platform.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/** One SMS in the outbox/log ({@code sms_log}): queued by {@link SmsOutbox}, delivered by {@link SmsDelivery}. */
@Entity
@Table(name = "sms_log")
@NamedNativeQuery(name = SmsMessage.DUE_IDS,
        query = "SELECT id FROM sms_log WHERE state = 'PENDING' AND next_attempt_at <= ?1"
                + " ORDER BY next_attempt_at, id FETCH FIRST ?2 ROWS ONLY")
@NamedQuery(name = SmsMessage.CLAIM,
        query = "UPDATE SmsMessage m SET m.nextAttemptAt = :leaseUntil, m.claimToken = :token,"
                + " m.version = m.version + 1 WHERE m.id IN :ids"
                + " AND m.state = it.polis.platform.sms.SmsState.PENDING AND m.nextAttemptAt <= :now")
@NamedQuery(name = SmsMessage.CLAIMED,
        query = "SELECT m FROM SmsMessage m WHERE m.claimToken = :token ORDER BY m.id")
@NamedQuery(name = SmsMessage.BY_RECIPIENT,
        query = "SELECT m FROM SmsMessage m WHERE m.recipient = :recipient ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(name = SmsMessage.RECENT,
        query = "SELECT m FROM SmsMessage m ORDER BY m.createdAt DESC, m.id DESC")
public class SmsMessage {

    public static final String DUE_IDS = "SmsMessage.dueIds";
    public static final String CLAIM = "SmsMessage.claim";
    public static final String CLAIMED = "SmsMessage.claimed";
    public static final String BY_RECIPIENT = "SmsMessage.byRecipient";
    public static final String RECENT = "SmsMessage.recent";

    static final String REDACTED = "[codice omesso]";

    @Id
    @SequenceGenerator(name = "sms_log_seq", sequenceName = "sms_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_log_seq")
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String reference;

    private boolean sensitive;

    @Enumerated(EnumType.STRING)
    private SmsState state;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claim_token")
    private String claimToken;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private int version;

    protected SmsMessage() {
    }

    SmsMessage(Instant now, Long accountId, String recipient, String body, String reference, boolean sensitive) {
        this.createdAt = now;
        this.accountId = accountId;
        this.recipient = recipient;
        this.body = body;
        this.reference = reference;
        this.sensitive = sensitive;
        this.state = SmsState.PENDING;
        this.nextAttemptAt = now;
    }

    void markSent(Instant at) {
        state = SmsState.SENT;
        sentAt = at;
        attempts++;
        claimToken = null;
        lastError = null;
        if (sensitive) {
            body = REDACTED; // a one-time code has no business in the log once delivered
        }
    }

    void markAttemptFailed(Instant at, String error, Duration retryAfter, boolean giveUp) {
        attempts++;
        claimToken = null;
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        if (giveUp) {
            state = SmsState.FAILED;
            if (sensitive) {
                body = REDACTED;
            }
        } else {
            nextAttemptAt = at.plus(retryAfter);
        }
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getBody() {
        return body;
    }

    public String getReference() {
        return reference;
    }

    public SmsState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getClaimToken() {
        return claimToken;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
