package it.polis.assistance;

import java.io.Serializable;
import java.time.Instant;

/** One line of a list of requests (the school's own, or the help desk's queue). */
public record AssistanceRow(long id, String number, AssistanceKind kind, AssistanceState state, String schoolCode,
                            String codiceFiscale, String personName, Instant createdAt, String assignedTo,
                            String answer, Instant answeredAt) implements Serializable {

    static AssistanceRow of(AssistanceRequest r) {
        String name = ((r.getGivenName() == null ? "" : r.getGivenName()) + " "
                + (r.getFamilyName() == null ? "" : r.getFamilyName())).trim();
        return new AssistanceRow(r.getId(), r.getNumber(), r.getKind(), r.getState(), r.getSchoolCode(),
                r.getCodiceFiscale(), name, r.getCreatedAt(), r.getAssignedTo(), r.getAnswer(), r.getAnsweredAt());
    }
}
