package it.polis.platform.mail;

import java.time.Instant;

/** A due message claimed by one sender for one attempt (detached copy of the row). */
public record ClaimedMail(long id, Instant createdAt, String recipient, String locale, String template,
                          String subject, String text, String html, int attempts) {

    static ClaimedMail of(OutboxMessage m) {
        return new ClaimedMail(m.getId(), m.getCreatedAt(), m.getRecipient(), m.getLocale(), m.getTemplate(),
                m.getSubject(), m.getBodyText(), m.getBodyHtml(), m.getAttempts());
    }
}
