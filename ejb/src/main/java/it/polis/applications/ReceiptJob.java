package it.polis.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * "Make the receipt of this submission": committed with the submit, done afterwards by
 * {@link ReceiptWorker}, retried with a backoff until it succeeds (or gives up and is logged).
 */
@Entity
@Table(name = "app_receipt_job")
@NamedNativeQuery(name = ReceiptJob.DUE_IDS, query = "SELECT id FROM app_receipt_job WHERE state = 'PENDING'"
        + " AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id FETCH FIRST ?2 ROWS ONLY")
public class ReceiptJob {

    public static final String DUE_IDS = "ReceiptJob.dueIds";
    static final int MAX_ATTEMPTS = 30;

    @Id
    @SequenceGenerator(name = "app_receipt_job_seq", sequenceName = "app_receipt_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_receipt_job_seq")
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private Long submissionId;

    @Column(nullable = false)
    private String state;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "done_at")
    private Instant doneAt;

    @Version
    private int version;

    protected ReceiptJob() {
    }

    ReceiptJob(long submissionId, Instant now) {
        this.submissionId = submissionId;
        this.state = "PENDING";
        this.nextAttemptAt = now;
    }

    void done(Instant now) {
        attempts++;
        state = "DONE";
        doneAt = now;
        lastError = null;
    }

    void failed(Instant now, String error) {
        attempts++;
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        if (attempts >= MAX_ATTEMPTS) {
            state = "FAILED";
        } else {
            long seconds = Math.min(600, 2L << Math.min(attempts, 9));
            nextAttemptAt = now.plus(Duration.ofSeconds(seconds));
        }
    }

    /** Taken by one worker for a while; if it dies the lease runs out and the job is due again. */
    void lease(Instant until) {
        nextAttemptAt = until;
    }

    public Long getId() {
        return id;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public String getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
