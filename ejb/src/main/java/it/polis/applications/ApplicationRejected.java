package it.polis.applications;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * The action on an application cannot be done as asked (window closed, wrong personal code, form
 * incomplete...); nothing changed. {@link #messageKey()} is a key of the applications bundle;
 * {@link #problems()} lists the fields at fault, if any.
 */
@ApplicationException(rollback = true)
public class ApplicationRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<ApplicationForms.Problem> problems;

    public ApplicationRejected(String messageKey) {
        this(messageKey, List.of());
    }

    public ApplicationRejected(String messageKey, List<ApplicationForms.Problem> problems) {
        super(messageKey);
        this.messageKey = messageKey;
        this.problems = List.copyOf(problems);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<ApplicationForms.Problem> problems() {
        return problems;
    }
}
