package it.polis.applications;

/** A submission stays SUBMITTED until it is withdrawn: then ANNULLED, kept with its protocol number. */
public enum SubmissionState {
    SUBMITTED, ANNULLED
}
