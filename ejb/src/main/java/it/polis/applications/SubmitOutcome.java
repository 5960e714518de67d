package it.polis.applications;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a submit ended in. {@code repeated}: this request was a repeat (same key, or the application
 * was already submitted from another page) and the submission shown is the one made before.
 */
public record SubmitOutcome(long applicationId, long submissionId, String protocol, Instant submittedAt,
                            boolean repeated) implements Serializable {
}
