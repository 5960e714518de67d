package it.polis.assistance;

/** What the person needs help with; the form asks for different data per kind. */
public enum AssistanceKind {
    /** The password is lost and no security question/answer was ever set (or is remembered). */
    PASSWORD_NO_SECURITY_QUESTION,
    /** The user name is forgotten: CF, school of service, reply address and description. */
    FORGOTTEN_USERNAME,
    OTHER;

    /** Personal data (name, birth date) are asked for every kind except a forgotten user name. */
    public boolean needsPersonalData() {
        return this != FORGOTTEN_USERNAME;
    }

    /** The codice meccanografico of the school where the person works. */
    public boolean needsServiceSchool() {
        return this == FORGOTTEN_USERNAME;
    }
}
