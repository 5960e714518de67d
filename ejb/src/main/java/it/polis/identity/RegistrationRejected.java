package it.polis.identity;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** The registration request has problems the person must fix; nothing was saved. */
@ApplicationException(rollback = true)
public class RegistrationRejected extends RuntimeException {

    private final transient List<RegistrationProblem> problems;

    public RegistrationRejected(List<RegistrationProblem> problems) {
        super(problems.size() + " registration problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<RegistrationProblem> problems() {
        return problems;
    }
}
