package it.polis.assistance;

import jakarta.ejb.ApplicationException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request cannot be filed or the action cannot be done as asked (missing or wrong fields, a
 * state that does not allow it); nothing changed. {@link #problems()} maps each input it is about
 * (or "" for the request as a whole) to a message key, in the order of the form.
 */
@ApplicationException(rollback = true)
public class AssistanceRejected extends RuntimeException {

    private final Map<String, String> problems;

    public AssistanceRejected(String messageKey) {
        this(Map.of("", messageKey));
    }

    public AssistanceRejected(Map<String, String> problems) {
        super(String.valueOf(problems));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Field name ("" for none) to message key. */
    public Map<String, String> problems() {
        return problems;
    }

    /** The first message key. */
    public String messageKey() {
        return problems.values().iterator().next();
    }
}
