package it.polis.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An idempotency key handed out with a check-your-answers page. Every request that carries it (double
 * click, browser retry, back-and-resubmit) ends in the same submission.
 */
@Entity
@Table(name = "app_submit_key")
public class SubmitKey {

    @Id
    @Column(name = "key_value")
    private String key;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "submission_id")
    private Long submissionId;

    protected SubmitKey() {
    }

    SubmitKey(String key, long applicationId, long accountId, Instant issuedAt) {
        this.key = key;
        this.applicationId = applicationId;
        this.accountId = accountId;
        this.issuedAt = issuedAt;
    }

    public String getKey() {
        return key;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    void used(long submissionId) {
        this.submissionId = submissionId;
    }
}
