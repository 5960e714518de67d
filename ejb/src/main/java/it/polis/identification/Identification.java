package it.polis.identification;

import it.polis.identity.Account;
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
import java.time.LocalDate;

/** One in-person identification at a school: confirmed (with the document seen) or refused. */
@Entity
@Table(name = "identification")
@NamedQuery(name = Identification.ROWS_BY_SCHOOL, query = "SELECT NEW it.polis.identification.IdentificationRow("
        + "i.id, i.occurredAt, c.givenName, c.familyName, c.codiceFiscale, i.outcome, i.documentType, i.documentNumber,"
        + " i.refusalReason, i.operator) FROM Identification i, Citizen c WHERE c.account = i.account"
        + " AND i.schoolCode = :school ORDER BY i.occurredAt DESC")
@NamedQuery(name = Identification.LATEST_BY_ACCOUNT_AND_SCHOOL, query = "SELECT i FROM Identification i"
        + " WHERE i.account = :account AND i.schoolCode = :school ORDER BY i.occurredAt DESC")
@NamedQuery(name = Identification.COUNT_BY_SCHOOL,
        query = "SELECT COUNT(i) FROM Identification i WHERE i.schoolCode = :school")
@NamedQuery(name = Identification.COUNT_CONFIRMED_BY_ACCOUNT, query = "SELECT COUNT(i) FROM Identification i"
        + " WHERE i.account = :account AND i.outcome = :outcome")
public class Identification {

    public static final String ROWS_BY_SCHOOL = "Identification.rowsBySchool";
    public static final String LATEST_BY_ACCOUNT_AND_SCHOOL = "Identification.latestByAccountAndSchool";
    public static final String COUNT_BY_SCHOOL = "Identification.countBySchool";
    public static final String COUNT_CONFIRMED_BY_ACCOUNT = "Identification.countConfirmedByAccount";

    public enum Outcome {
        CONFIRMED, REFUSED
    }

    @Id
    @SequenceGenerator(name = "identification_seq", sequenceName = "identification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identification_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "school_code")
    private String schoolCode;

    private String operator;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "document_type")
    private String documentType;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "document_issuer")
    private String documentIssuer;

    @Column(name = "document_expiry")
    private LocalDate documentExpiry;

    @Column(name = "cf_card_seen")
    private boolean cfCardSeen;

    @Column(name = "refusal_reason")
    private String refusalReason;

    protected Identification() {
    }

    public static Identification confirmed(Account account, String schoolCode, String operator, Instant when,
                                           String documentType, String documentNumber, String documentIssuer,
                                           LocalDate documentExpiry) {
        Identification i = new Identification(account, schoolCode, operator, when, Outcome.CONFIRMED);
        i.documentType = documentType;
        i.documentNumber = documentNumber;
        i.documentIssuer = documentIssuer;
        i.documentExpiry = documentExpiry;
        i.cfCardSeen = true;
        return i;
    }

    public static Identification refused(Account account, String schoolCode, String operator, Instant when,
                                         String reason) {
        Identification i = new Identification(account, schoolCode, operator, when, Outcome.REFUSED);
        i.refusalReason = reason;
        return i;
    }

    private Identification(Account account, String schoolCode, String operator, Instant when, Outcome outcome) {
        this.account = account;
        this.schoolCode = schoolCode;
        this.operator = operator;
        this.occurredAt = when;
        this.outcome = outcome;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public String getOperator() {
        return operator;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getDocumentIssuer() {
        return documentIssuer;
    }

    public LocalDate getDocumentExpiry() {
        return documentExpiry;
    }

    public boolean isCfCardSeen() {
        return cfCardSeen;
    }

    public String getRefusalReason() {
        return refusalReason;
    }
}
