package it.polis.identity.contact;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A contact change refused, with message keys of the contacts bundle (and the field each is about,
 * or null for the whole form). Nothing was changed.
 */
@ApplicationException(rollback = true)
public class ContactRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One problem: the field (form input id) or null, and the message key. */
    public record Problem(String field, String key) implements java.io.Serializable {
    }

    private final List<Problem> problems;

    public ContactRejected(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public ContactRejected(String field, String key) {
        this(List.of(new Problem(field, key)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
