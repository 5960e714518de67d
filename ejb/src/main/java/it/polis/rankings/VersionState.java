package it.polis.rankings;

/** The life of a ranking version. */
public enum VersionState {
    /** The job is computing it. */
    COMPUTING,
    /** Computed by a dry run, with its diff; waits for a second person's approval. */
    CANDIDATE,
    /** Approved by a ranking approver who did not run it; may be published. */
    APPROVED,
    /** The visible one of its cycle. */
    PUBLISHED,
    /** Was published, replaced by a later one. */
    SUPERSEDED,
    /** Was published, withdrawn by a rollback to the previous one. */
    ROLLED_BACK,
    /** Its job failed for good or it was rejected. */
    FAILED
}
