package it.polis.campaigns;

import it.polis.platform.PortalClock;
import it.polis.platform.mail.MailTemplates;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subject and body templates of a campaign with {@code {{placeholder}}} substitution: {@code nome} (the
 * recipient's given name), {@code procedure} (the procedure's title in the recipient's language),
 * {@code deadline} (its closing date and time, Rome time) and {@code link} (the recipient's personal
 * link: the draft to complete, else the portal's personal area). Texts are plain text; the footer of
 * informational campaigns adds the unsubscribe link.
 */
public final class CampaignTemplate {

    public static final Set<String> PLACEHOLDERS = Set.of("nome", "procedure", "deadline", "link");
    public static final Set<String> PROCEDURE_PLACEHOLDERS = Set.of("procedure", "deadline");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]*)\\s*}}");

    /** One rendered message. */
    public record Rendered(String subject, String text) {
    }

    private CampaignTemplate() {
    }

    /** The placeholders a text uses, in order of first use. */
    public static Set<String> placeholders(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** The placeholders of a text that are not known (empty when all are). */
    public static Set<String> unknown(String text) {
        Set<String> out = placeholders(text);
        out.removeAll(PLACEHOLDERS);
        return out;
    }

    /** The portal's language for a recipient locale ("it" or "en"). */
    public static String language(String locale) {
        return MailTemplates.language(locale);
    }

    /**
     * Renders subject and body in the recipient's language. Values absent (no procedure for this
     * recipient) leave an empty string rather than a placeholder in a real message.
     *
     * @param unsubscribeUrl the personal unsubscribe link (informational campaigns), else null
     */
    public static Rendered render(String subject, String body, RecipientData r, String language, String personalLink,
                                  String unsubscribeUrl) {
        Map<String, String> values = values(r, language, personalLink);
        String s = fill(subject, values).replaceAll("[\\r\\n\\t]+", " ").strip();
        StringBuilder text = new StringBuilder(fill(body, values).strip()).append("\n");
        if (unsubscribeUrl != null) {
            text.append("\n-- \n").append("en".equals(language)
                    ? "You receive this information as a user of Istanze OnLine. To stop receiving it: "
                    : "Ricevi questa informazione come utente di Istanze OnLine. Per non riceverne più: ")
                    .append(unsubscribeUrl).append("\n");
        }
        return new Rendered(s, text.toString());
    }

    /** One text with the placeholders filled (the SMS variant). */
    public static String renderText(String text, RecipientData r, String language, String personalLink) {
        return fill(text, values(r, language, personalLink)).strip();
    }

    private static Map<String, String> values(RecipientData r, String language, String personalLink) {
        return Map.of(
                "nome", r.name() == null ? "" : r.name(),
                "procedure", r.procedureTitle(language) == null ? "" : r.procedureTitle(language),
                "deadline", r.deadline() == null ? "" : deadline(r.deadline(), language),
                "link", personalLink == null ? "" : personalLink);
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String deadline(Instant at, String language) {
        DateTimeFormatter f = "en".equals(language)
                ? DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm '(Italian time)'", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("d MMMM yyyy 'alle ore' HH:mm", Locale.ITALIAN);
        return f.format(at.atZone(PortalClock.ROME));
    }
}
