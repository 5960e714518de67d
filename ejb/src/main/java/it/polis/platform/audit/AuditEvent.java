package it.polis.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One audited state change. Append-only. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.RECENT_BY_ACTOR,
        query = "SELECT e FROM AuditEvent e WHERE e.actor = :actor ORDER BY e.occurredAt DESC")
@NamedQuery(name = AuditEvent.BY_ACCOUNT, query = "SELECT e FROM AuditEvent e WHERE e.actor = :username"
        + " OR (e.targetType = 'account' AND e.targetId = :accountId) ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AuditEvent.COUNT_BY_ACCOUNT, query = "SELECT COUNT(e) FROM AuditEvent e WHERE e.actor = :username"
        + " OR (e.targetType = 'account' AND e.targetId = :accountId)")
public class AuditEvent {

    public static final String RECENT_BY_ACTOR = "AuditEvent.recentByActor";
    /** What an account did and what was done to it (the owner's activity page), newest first. */
    public static final String BY_ACCOUNT = "AuditEvent.byAccount";
    public static final String COUNT_BY_ACCOUNT = "AuditEvent.countByAccount";

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    private String detail;

    @Column(name = "client_addr")
    private String clientAddr;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String targetType, String targetId,
                      String detail, String clientAddr) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail;
        this.clientAddr = clientAddr;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddr() {
        return clientAddr;
    }
}
