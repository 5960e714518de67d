package it.polis.applications;

/** The four kinds of application the portal takes, each with its own form. */
public enum ProcedureKind {
    COMPETITION, TRANSFER, RETIREMENT, GPS
}
