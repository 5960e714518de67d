package it.polis.identity;

/** Who an account belongs to: a person, a school secretariat, a ministry operator. */
public enum AccountKind {
    CITIZEN, SECRETARIAT, OPERATOR
}
