package it.polis.identity;

import it.polis.identity.cf.CodiceFiscalePart;

import java.util.Set;

/**
 * One reason a registration cannot go on: the field it concerns, a message key for the
 * page (bundle key), and for a codice fiscale that does not match the data, which parts differ.
 */
public record RegistrationProblem(String field, String messageKey, Set<CodiceFiscalePart> cfParts) {

    public static RegistrationProblem of(String field, String messageKey) {
        return new RegistrationProblem(field, messageKey, Set.of());
    }
}
