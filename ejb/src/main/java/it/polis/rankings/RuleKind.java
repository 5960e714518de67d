package it.polis.rankings;

/** What a scoring rule row of a cycle means (see migration V30 for the columns each kind uses). */
public enum RuleKind {
    /** Points for a declared title of a type with the grade in a range; max caps the type's total. */
    QUALIFICATION,
    /** Points per month of service in the subject class; max caps a school year. */
    SERVICE_IN,
    /** Points per month of service in another subject class; max caps a school year. */
    SERVICE_OUT,
    /** Days that make a month out of a remainder (16). */
    MONTH_DAYS,
    /** Days in a school year that count as the full year (166). */
    YEAR_DAYS,
    /** Cap of the whole score. */
    TOTAL_MAX
}
