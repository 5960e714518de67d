package it.polis.identity;

/** Account life cycle, see docs/domain notes: REGISTERED -> EMAIL_CONFIRMED -> ACTIVE, plus EXPIRED and SUSPENDED. */
public enum AccountState {
    REGISTERED, EMAIL_CONFIRMED, ACTIVE, SUSPENDED, EXPIRED
}
