package it.polis.platform.mail;

/** Life of an outbox row: PENDING until delivered (SENT) or given up after the last attempt (FAILED). */
public enum MailState {
    PENDING,
    SENT,
    FAILED
}
