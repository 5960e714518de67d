package it.polis.assistance;

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
import java.time.LocalDate;

/**
 * An assistance request ("assistenza online") filed by a school secretariat for a person and
 * answered by the ministry help desk. The school is always the filing account's own.
 */
@Entity
@Table(name = "assistance_request")
@NamedQuery(name = AssistanceRequest.BY_SCHOOL, query = "SELECT r FROM AssistanceRequest r"
        + " WHERE r.schoolCode = :school ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = AssistanceRequest.COUNT_BY_SCHOOL,
        query = "SELECT COUNT(r) FROM AssistanceRequest r WHERE r.schoolCode = :school")
@NamedQuery(name = AssistanceRequest.BY_NUMBER,
        query = "SELECT r FROM AssistanceRequest r WHERE r.number = :number")
@NamedQuery(name = AssistanceRequest.BY_SUBMISSION_KEY,
        query = "SELECT r FROM AssistanceRequest r WHERE r.submissionKey = :key")
public class AssistanceRequest {

    public static final String BY_SCHOOL = "AssistanceRequest.bySchool";
    public static final String COUNT_BY_SCHOOL = "AssistanceRequest.countBySchool";
    public static final String BY_NUMBER = "AssistanceRequest.byNumber";
    public static final String BY_SUBMISSION_KEY = "AssistanceRequest.bySubmissionKey";

    @Id
    @SequenceGenerator(name = "assistance_request_seq", sequenceName = "assistance_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assistance_request_seq")
    private Long id;

    @Column(name = "request_number", nullable = false, unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    private AssistanceKind kind;

    @Enumerated(EnumType.STRING)
    private AssistanceState state;

    @Column(name = "school_code")
    private String schoolCode;

    @Column(name = "filed_by")
    private String filedBy;

    @Column(name = "school_email")
    private String schoolEmail;

    @Column(name = "codice_fiscale")
    private String codiceFiscale;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "service_school_code")
    private String serviceSchoolCode;

    @Column(name = "reply_email")
    private String replyEmail;

    private String description;

    private String locale = "it";

    @Column(name = "submission_key")
    private String submissionKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "assigned_to")
    private String assignedTo;

    @Column(name = "taken_at")
    private Instant takenAt;

    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected AssistanceRequest() {
    }

    public AssistanceRequest(String number, AssistanceKind kind, String schoolCode, String filedBy, String schoolEmail,
                             String codiceFiscale, String givenName, String familyName, LocalDate birthDate,
                             String serviceSchoolCode, String replyEmail, String description, String locale,
                             String submissionKey, Instant createdAt) {
        this.number = number;
        this.kind = kind;
        this.state = AssistanceState.NEW;
        this.schoolCode = schoolCode;
        this.filedBy = filedBy;
        this.schoolEmail = schoolEmail;
        this.codiceFiscale = codiceFiscale;
        this.givenName = givenName;
        this.familyName = familyName;
        this.birthDate = birthDate;
        this.serviceSchoolCode = serviceSchoolCode;
        this.replyEmail = replyEmail;
        this.description = description;
        this.locale = locale;
        this.submissionKey = submissionKey;
        this.createdAt = createdAt;
    }

    public void take(String operator, Instant when) {
        state = AssistanceState.TAKEN;
        assignedTo = operator;
        takenAt = when;
    }

    public void answer(String operator, String text, Instant when) {
        state = AssistanceState.ANSWERED;
        answer = text;
        answeredBy = operator;
        answeredAt = when;
    }

    public void close(Instant when) {
        state = AssistanceState.CLOSED;
        closedAt = when;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public AssistanceKind getKind() {
        return kind;
    }

    public AssistanceState getState() {
        return state;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public String getSchoolEmail() {
        return schoolEmail;
    }

    public String getCodiceFiscale() {
        return codiceFiscale;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getServiceSchoolCode() {
        return serviceSchoolCode;
    }

    public String getReplyEmail() {
        return replyEmail;
    }

    public String getDescription() {
        return description;
    }

    public String getLocale() {
        return locale;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public int getVersion() {
        return version;
    }
}
