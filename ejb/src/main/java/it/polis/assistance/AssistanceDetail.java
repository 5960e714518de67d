package it.polis.assistance;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request as the help desk sees it, with its history and the account its CF points to. */
public record AssistanceDetail(long id, String number, AssistanceKind kind, AssistanceState state, String schoolCode,
                               String schoolName, String filedBy, String schoolEmail, String codiceFiscale,
                               String givenName, String familyName, LocalDate birthDate, String serviceSchoolCode,
                               String replyEmail, String description, Instant createdAt, String assignedTo,
                               Instant takenAt, String answer, String answeredBy, Instant answeredAt, int version,
                               AccountMatch account, List<Event> history) implements Serializable {

    /** One history line. */
    public record Event(Instant occurredAt, String actor, String action, String detail) implements Serializable {
    }

    /**
     * The live account with the request's codice fiscale, as far as the operator needs it: the
     * user name (it is mailed on request anyway), state, lock, whether a security question is set
     * and the registered address, masked.
     */
    public record AccountMatch(String username, String state, boolean locked, Instant lockedUntil,
                               int failedSignIns, boolean securityQuestionSet, String maskedEmail)
            implements Serializable {
    }

    public boolean accountFound() {
        return account != null;
    }
}
