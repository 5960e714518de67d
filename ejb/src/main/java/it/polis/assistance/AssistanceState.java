package it.polis.assistance;

/** NEW (filed) -> TAKEN (an operator works on it) -> ANSWERED (reply mailed) -> CLOSED. */
public enum AssistanceState {
    NEW, TAKEN, ANSWERED, CLOSED
}
