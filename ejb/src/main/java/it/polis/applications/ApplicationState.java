package it.polis.applications;

/** DRAFT (editable) or SUBMITTED (with a protocol number; withdrawing makes it a draft again). */
public enum ApplicationState {
    DRAFT, SUBMITTED
}
