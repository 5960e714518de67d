package it.polis.identity.recovery;

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

import java.time.Instant;

/** One request to a recovery page, kept for the per-address and per-account limits. */
@Entity
@Table(name = "recovery_request")
@NamedQuery(name = RecoveryRequest.COUNT_BY_ADDRESS_SINCE, query = "SELECT COUNT(r) FROM RecoveryRequest r"
        + " WHERE r.clientAddr = :addr AND r.requestedAt > :since")
@NamedQuery(name = RecoveryRequest.COUNT_SENT_BY_ACCOUNT_SINCE, query = "SELECT COUNT(r) FROM RecoveryRequest r"
        + " WHERE r.accountId = :account AND r.outcome = :outcome"
        + " AND r.requestedAt > :since")
public class RecoveryRequest {

    public static final String COUNT_BY_ADDRESS_SINCE = "RecoveryRequest.countByAddressSince";
    public static final String COUNT_SENT_BY_ACCOUNT_SINCE = "RecoveryRequest.countSentByAccountSince";

    public enum Kind {
        USERNAME, PASSWORD
    }

    public enum Outcome {
        /** The data matched and the mail went out. */
        SENT,
        /** Nothing matched (or the account may not recover): nothing sent. */
        NO_MATCH,
        /** Over a limit: nothing sent. */
        LIMITED
    }

    @Id
    @SequenceGenerator(name = "recovery_request_seq", sequenceName = "recovery_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_request_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "client_addr")
    private String clientAddr;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    protected RecoveryRequest() {
    }

    public RecoveryRequest(Kind kind, Long accountId, String clientAddr, Instant requestedAt, Outcome outcome) {
        this.kind = kind;
        this.accountId = accountId;
        this.clientAddr = clientAddr;
        this.requestedAt = requestedAt;
        this.outcome = outcome;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
