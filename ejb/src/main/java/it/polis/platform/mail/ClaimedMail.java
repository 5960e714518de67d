package it.polis.platform.mail;

import java.time.Instant;

/** A due message claimed by one sender for one attempt (detached copy of the row); attachment optional. */
public record ClaimedMail(long id, Instant createdAt, String recipient, String locale, String template,
                          String subject, String text, String html, int attempts,
                          String attachmentName, String attachmentType, byte[] attachment) {

    static ClaimedMail of(OutboxMessage m) {
        return new ClaimedMail(m.getId(), m.getCreatedAt(), m.getRecipient(), m.getLocale(), m.getTemplate(),
                m.getSubject(), m.getBodyText(), m.getBodyHtml(), m.getAttempts(),
                m.getAttachmentName(), m.getAttachmentType(),
                m.getAttachmentName() == null ? null : m.getAttachment());
    }
}
