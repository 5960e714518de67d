package it.polis.identity;

import jakarta.ejb.ApplicationException;

/** A personal-code change was refused (wrong current code, rule broken); nothing changed. */
@ApplicationException(rollback = true)
public class PersonalCodeRejected extends RuntimeException {

    private final String messageKey;

    public PersonalCodeRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
