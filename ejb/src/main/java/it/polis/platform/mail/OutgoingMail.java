package it.polis.platform.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a service asks the {@link Outbox} to send: a template, one recipient in their language,
 * the template's values, and optionally what the message is about and a key that makes it unique.
 *
 * <pre>{@code
 * outbox.queue(OutgoingMail.template("account-activated")
 *         .to(account.getEmail(), account.getLocale())
 *         .param("name", account.getDisplayName())
 *         .param("username", account.getUsername())
 *         .param("loginLink", loginUrl)
 *         .about("account", account.getId())
 *         .dedupKey("account-activated:" + account.getId()));
 * }</pre>
 */
public final class OutgoingMail {

    private final String template;
    private String recipient;
    private String locale = MailTemplates.DEFAULT_LANGUAGE;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private String targetType;
    private String targetId;
    private String dedupKey;
    private String attachmentName;
    private String attachmentType;
    private byte[] attachment;

    private OutgoingMail(String template) {
        this.template = Objects.requireNonNull(template, "template");
    }

    public static OutgoingMail template(String name) {
        return new OutgoingMail(name);
    }

    /** A free-form notice (template {@code notice}): subject and body as given, in the portal's frame. */
    public static OutgoingMail notice(String subject, String body) {
        return template("notice").param("subject", subject).param("body", body);
    }

    /** The recipient and their language ("it", "en"; anything else gets Italian). */
    public OutgoingMail to(String recipient, String locale) {
        this.recipient = recipient;
        this.locale = MailTemplates.language(locale);
        return this;
    }

    public OutgoingMail param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public OutgoingMail params(Map<String, ?> values) {
        params.putAll(values);
        return this;
    }

    /** What the message is about, e.g. ("account", 1042), for support and audit look-ups. */
    public OutgoingMail about(String targetType, Object targetId) {
        this.targetType = targetType;
        this.targetId = targetId == null ? null : String.valueOf(targetId);
        return this;
    }

    /**
     * The same logical message is queued at most once: a second {@code queue} with this key returns
     * the first row instead of adding one (e.g. "registration-confirm:" + account id + ":" + token id).
     */
    public OutgoingMail dedupKey(String key) {
        this.dedupKey = key;
        return this;
    }

    /** One file sent with the message (e.g. a receipt PDF), kept in the outbox row with it. */
    public OutgoingMail attach(String fileName, String contentType, byte[] content) {
        this.attachmentName = Objects.requireNonNull(fileName, "fileName");
        this.attachmentType = Objects.requireNonNull(contentType, "contentType");
        this.attachment = Objects.requireNonNull(content, "content").clone();
        return this;
    }

    public String attachmentName() {
        return attachmentName;
    }

    public String attachmentType() {
        return attachmentType;
    }

    public byte[] attachment() {
        return attachment == null ? null : attachment.clone();
    }

    public String template() {
        return template;
    }

    public String recipient() {
        return recipient;
    }

    public String locale() {
        return locale;
    }

    public Map<String, Object> params() {
        return params;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String dedupKey() {
        return dedupKey;
    }
}
