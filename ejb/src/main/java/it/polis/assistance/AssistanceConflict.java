package it.polis.assistance;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the request since the operator read it (typically: another operator took it
 * first); nothing changed. The page reloads the request and says who has it now.
 */
@ApplicationException(rollback = true)
public class AssistanceConflict extends RuntimeException {

    private final String assignedTo;

    public AssistanceConflict(String assignedTo) {
        super("assistance request changed meanwhile");
        this.assignedTo = assignedTo;
    }

    /** The operator who has the request now, or null. */
    public String assignedTo() {
        return assignedTo;
    }
}
