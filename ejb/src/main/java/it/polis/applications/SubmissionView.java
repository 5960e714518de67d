package it.polis.applications;

import java.io.Serializable;
import java.time.Instant;

/** One submission of an application as its owner sees it. */
public record SubmissionView(long id, String protocol, SubmissionState state, Instant submittedAt,
                             Instant annulledAt, boolean receiptReady, String contentSha256) implements Serializable {

    static SubmissionView of(Submission s) {
        return new SubmissionView(s.getId(), s.getProtocol(), s.getState(), s.getSubmittedAt(), s.getAnnulledAt(),
                s.getReceiptGeneratedAt() != null, s.getContentSha256());
    }
}
