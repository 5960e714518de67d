package it.polis.campaigns;

/**
 * Audiences as queries over portal data (see {@link SegmentQuery}); every segment mails citizens at
 * their primary address, never at an address that bounced.
 */
public enum Segment {
    /** Every ACTIVE citizen account. */
    ALL_ACTIVE,
    /** ACTIVE citizens whose postal address (contact data) is in a province (sigla, e.g. RM). */
    PROVINCE,
    /** ACTIVE citizens by role, teacher (DOCENTE) or ATA: the profile of their submitted GPS application. */
    ROLE,
    /** ACTIVE citizens who submitted an application to a procedure. */
    APPLICANTS,
    /** ACTIVE citizens with a draft not submitted for a procedure (or any) closing within N hours. */
    DRAFTS_CLOSING,
    /** Registrations whose email address is not confirmed yet, and accounts whose primary address waits for its confirmation. */
    UNVERIFIED_EMAIL;

    public boolean needsProvince() {
        return this == PROVINCE;
    }

    public boolean needsRole() {
        return this == ROLE;
    }

    public boolean needsProcedure() {
        return this == APPLICANTS;
    }

    public boolean takesProcedure() {
        return this == APPLICANTS || this == DRAFTS_CLOSING;
    }

    public boolean needsHours() {
        return this == DRAFTS_CLOSING;
    }
}
