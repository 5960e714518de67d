package it.polis.assistance;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the help desk's queue; every part may be null. {@code search} is a codice fiscale,
 * a request number or part of a name.
 */
public record AssistanceQuery(AssistanceState state, AssistanceKind kind, String schoolCode, LocalDate from,
                              LocalDate to, String search) implements Serializable {

    public static AssistanceQuery all() {
        return new AssistanceQuery(null, null, null, null, null, null);
    }
}
