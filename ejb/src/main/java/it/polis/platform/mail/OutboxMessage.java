package it.polis.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * One rendered message waiting in (or done with) the outbox. Written by {@link Outbox} in the caller's
 * transaction, delivered by {@link OutboxSender}.
 */
@Entity
@Table(name = "mail_outbox")
// Native for the row limit: FETCH FIRST works on Oracle and on H2 in Oracle mode, where the JPQL
// setMaxResults of EclipseLink's H2 platform (LIMIT) does not. Served by ix_mail_outbox_due.
@NamedNativeQuery(name = OutboxMessage.DUE_IDS,
        query = "SELECT id FROM mail_outbox WHERE state = 'PENDING' AND next_attempt_at <= ?1"
                + " ORDER BY next_attempt_at, id FETCH FIRST ?2 ROWS ONLY")
@NamedQuery(name = OutboxMessage.CLAIM,
        query = "UPDATE OutboxMessage m SET m.nextAttemptAt = :leaseUntil, m.claimToken = :token,"
                + " m.version = m.version + 1 WHERE m.id IN :ids"
                + " AND m.state = it.polis.platform.mail.MailState.PENDING AND m.nextAttemptAt <= :now")
@NamedQuery(name = OutboxMessage.CLAIMED,
        query = "SELECT m FROM OutboxMessage m WHERE m.claimToken = :token ORDER BY m.id")
@NamedQuery(name = OutboxMessage.BY_DEDUP_KEY,
        query = "SELECT m FROM OutboxMessage m WHERE m.dedupKey = :key")
@NamedQuery(name = OutboxMessage.BY_RECIPIENT,
        query = "SELECT m FROM OutboxMessage m WHERE m.recipient = :recipient ORDER BY m.createdAt, m.id")
@NamedQuery(name = OutboxMessage.BY_TARGET,
        query = "SELECT m FROM OutboxMessage m WHERE m.targetType = :type AND m.targetId = :id"
                + " ORDER BY m.createdAt, m.id")
public class OutboxMessage {

    public static final String DUE_IDS = "OutboxMessage.dueIds";
    public static final String CLAIM = "OutboxMessage.claim";
    public static final String CLAIMED = "OutboxMessage.claimed";
    public static final String BY_DEDUP_KEY = "OutboxMessage.byDedupKey";
    public static final String BY_RECIPIENT = "OutboxMessage.byRecipient";
    public static final String BY_TARGET = "OutboxMessage.byTarget";

    static final int LAST_ERROR_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private String template;

    @Column(nullable = false)
    private String subject;

    @Lob
    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Lob
    @Column(name = "body_html")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailState state;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claim_token")
    private String claimToken;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    @Column(name = "dedup_key")
    private String dedupKey;

    @Version
    private int version;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type")
    private String attachmentType;

    @Lob
    @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
    private byte[] attachment;

    protected OutboxMessage() {
    }

    OutboxMessage(Instant createdAt, String recipient, String locale, String template, RenderedMail mail,
                  String targetType, String targetId, String dedupKey) {
        this.createdAt = createdAt;
        this.recipient = recipient;
        this.locale = locale;
        this.template = template;
        this.subject = mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.targetType = targetType;
        this.targetId = targetId;
        this.dedupKey = dedupKey;
        this.state = MailState.PENDING;
        this.nextAttemptAt = createdAt;
    }

    void attach(String name, String type, byte[] content) {
        this.attachmentName = name;
        this.attachmentType = type;
        this.attachment = content;
    }

    void markSent(Instant at) {
        attempts++;
        state = MailState.SENT;
        sentAt = at;
        lastError = null;
        claimToken = null;
    }

    /** Records a failed attempt: due again after the backoff, or FAILED once the attempts are used up. */
    void markAttemptFailed(Instant at, String error, Duration retryAfter, boolean giveUp) {
        attempts++;
        lastError = error == null || error.length() <= LAST_ERROR_LENGTH ? error : error.substring(0, LAST_ERROR_LENGTH);
        claimToken = null;
        if (giveUp) {
            state = MailState.FAILED;
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

    public String getRecipient() {
        return recipient;
    }

    public String getLocale() {
        return locale;
    }

    public String getTemplate() {
        return template;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
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

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public byte[] getAttachment() {
        return attachment;
    }

    public int getVersion() {
        return version;
    }
}
