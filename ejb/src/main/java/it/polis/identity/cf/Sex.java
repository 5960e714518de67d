package it.polis.identity.cf;

/** Sex as encoded in the codice fiscale: women have 40 added to the birth day. */
public enum Sex {
    MALE,
    FEMALE;

    /** What this sex adds to the day of birth in the CF. */
    int dayOffset() {
        return this == FEMALE ? 40 : 0;
    }
}
