package it.polis.platform.mail;

/** A template filled in for one recipient: subject, plain-text part, HTML part (may be null). */
public record RenderedMail(String subject, String text, String html) {
}
