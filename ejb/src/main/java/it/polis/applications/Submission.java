package it.polis.applications;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One submit of an application, with its protocol number and a snapshot of the data sent. Withdrawn
 * submissions are kept (ANNULLED) so the protocol registry has no gaps.
 */
@Entity
@Table(name = "app_submission")
@NamedQuery(name = Submission.BY_PROTOCOL, query = "SELECT s FROM Submission s WHERE s.protocol = :protocol")
@NamedQuery(name = Submission.BY_APPLICATION, query = "SELECT s FROM Submission s"
        + " WHERE s.applicationId = :application ORDER BY s.submittedAt, s.id")
@NamedQuery(name = Submission.BY_REGISTRY_YEAR, query = "SELECT s.protocolNumber FROM Submission s"
        + " WHERE s.registry = :registry AND s.protocolYear = :year ORDER BY s.protocolNumber")
public class Submission {

    public static final String BY_PROTOCOL = "Submission.byProtocol";
    public static final String BY_APPLICATION = "Submission.byApplication";
    public static final String BY_REGISTRY_YEAR = "Submission.byRegistryYear";

    @Id
    @SequenceGenerator(name = "app_submission_seq", sequenceName = "app_submission_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_submission_seq")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    /** The application id while SUBMITTED, null once annulled: unique, so one live submission per draft. */
    @Column(name = "active_application_id")
    private Long activeApplicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionState state;

    @Column(nullable = false)
    private String registry;

    @Column(name = "protocol_year", nullable = false)
    private int protocolYear;

    @Column(name = "protocol_number", nullable = false)
    private long protocolNumber;

    @Column(nullable = false)
    private String protocol;

    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "annulled_at")
    private Instant annulledAt;

    @Lob
    private String data;

    @Column(name = "content_sha256")
    private String contentSha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "receipt_pdf")
    private byte[] receiptPdf;

    @Column(name = "receipt_file_sha256")
    private String receiptFileSha256;

    @Column(name = "receipt_generated_at")
    private Instant receiptGeneratedAt;

    protected Submission() {
    }

    Submission(long applicationId, ProtocolNumber protocol, String idempotencyKey, Instant startedAt,
               Instant submittedAt, FormData data) {
        this.applicationId = applicationId;
        this.activeApplicationId = applicationId;
        this.state = SubmissionState.SUBMITTED;
        this.registry = protocol.registry();
        this.protocolYear = protocol.year();
        this.protocolNumber = protocol.number();
        this.protocol = protocol.text();
        this.idempotencyKey = idempotencyKey;
        this.startedAt = startedAt;
        this.submittedAt = submittedAt;
        this.data = data.text();
    }

    void annul(Instant now) {
        state = SubmissionState.ANNULLED;
        activeApplicationId = null;
        annulledAt = now;
    }

    void receipt(byte[] pdf, String contentSha256, String fileSha256, Instant now) {
        this.receiptPdf = pdf;
        this.contentSha256 = contentSha256;
        this.receiptFileSha256 = fileSha256;
        this.receiptGeneratedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public SubmissionState getState() {
        return state;
    }

    public String getRegistry() {
        return registry;
    }

    public int getProtocolYear() {
        return protocolYear;
    }

    public long getProtocolNumber() {
        return protocolNumber;
    }

    public String getProtocol() {
        return protocol;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getAnnulledAt() {
        return annulledAt;
    }

    public FormData formData() {
        return FormData.parse(data);
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public byte[] getReceiptPdf() {
        return receiptPdf;
    }

    public String getReceiptFileSha256() {
        return receiptFileSha256;
    }

    public Instant getReceiptGeneratedAt() {
        return receiptGeneratedAt;
    }
}
