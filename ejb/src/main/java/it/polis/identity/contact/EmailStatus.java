package it.polis.identity.contact;

/** PENDING: waits for its confirmation link; VERIFIED: usable; BOUNCED: was verified, mail to it came back. */
public enum EmailStatus {
    PENDING, VERIFIED, BOUNCED
}
