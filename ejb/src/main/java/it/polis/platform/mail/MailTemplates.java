package it.polis.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.polis.platform.PortalClock;

/**
 * Mail templates in the recipient's language, rendered with {@code {{placeholder}}} substitution.
 *
 * <p>Classpath resources next to this class, {@code templates/<name>_<lang>.subject|.txt|.html}
 * (UTF-8; the HTML part is optional). The text part is wrapped in {@code templates/layout_<lang>.txt}
 * and the HTML part in {@code templates/layout_<lang>.html} through their {@code {{content}}} placeholder,
 * so the signature and the "do not reply" footer live in one place.
 *
 * <p>Values are inserted as they are in the subject (line breaks folded) and in the text part, and
 * HTML-escaped in the HTML part (line breaks become {@code <br>}). Instants and dates are written in
 * the recipient's language, Europe/Rome time. A placeholder without a value is an error: better no
 * mail than a mail with {@code {{link}}} in it.
 */
@ApplicationScoped
public class MailTemplates {

    /** Languages with a full set of templates; anything else gets the Italian one. */
    public static final Set<String> LANGUAGES = Set.of("it", "en");
    public static final String DEFAULT_LANGUAGE = "it";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");
    private static final String LAYOUT = "layout";

    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    /** The supported language for a locale tag such as "en", "en-GB" or "it_IT"; Italian otherwise. */
    public static String language(String locale) {
        if (locale == null || locale.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String lang = Locale.forLanguageTag(locale.trim().replace('_', '-')).getLanguage();
        return LANGUAGES.contains(lang) ? lang : DEFAULT_LANGUAGE;
    }

    public boolean exists(String name, String locale) {
        return NAME.matcher(name).matches() && resource(name, language(locale), "subject").isPresent();
    }

    public RenderedMail render(String name, String locale, Map<String, ?> params) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a template name: " + name);
        }
        String lang = language(locale);
        String subject = resource(name, lang, "subject")
                .orElseThrow(() -> new IllegalArgumentException("No mail template " + name + "_" + lang));
        String text = resource(name, lang, "txt")
                .orElseThrow(() -> new IllegalArgumentException("No text part for mail template " + name + "_" + lang));
        Optional<String> html = resource(name, lang, "html");

        String renderedSubject = fill(subject.strip(), params, lang, Escape.HEADER);
        String renderedText = fill(text, params, lang, Escape.NONE);
        String renderedHtml = html.map(h -> fill(h, params, lang, Escape.HTML)).orElse(null);

        renderedText = wrap(lang, "txt", renderedSubject, renderedText, Escape.NONE);
        if (renderedHtml != null) {
            renderedHtml = wrap(lang, "html", renderedSubject, renderedHtml, Escape.HTML);
        }
        return new RenderedMail(renderedSubject, renderedText, renderedHtml);
    }

    private String wrap(String lang, String part, String subject, String content, Escape escape) {
        return resource(LAYOUT, lang, part)
                .map(layout -> fill(layout, Map.of("subject", subject), lang, escape).replace("{{content}}", content.strip()))
                .orElse(content);
    }

    private enum Escape { NONE, HEADER, HTML }

    private static String fill(String template, Map<String, ?> params, String lang, Escape escape) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String key = m.group(1);
            String value;
            if ("content".equals(key)) {
                value = m.group(); // filled by the layout step
            } else {
                if (params == null || !params.containsKey(key) || params.get(key) == null) {
                    throw new IllegalArgumentException("Mail template needs a value for {{" + key + "}}");
                }
                value = escape(format(params.get(key), lang), escape);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String format(Object value, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        if (value instanceof Instant instant) {
            return dateTime(lang).withLocale(locale).format(instant.atZone(PortalClock.ROME));
        }
        if (value instanceof ZonedDateTime zoned) {
            return dateTime(lang).withLocale(locale).format(zoned.withZoneSameInstant(PortalClock.ROME));
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
        }
        if (value instanceof TemporalAccessor t) {
            return t.toString();
        }
        return String.valueOf(value);
    }

    private static DateTimeFormatter dateTime(String lang) {
        return DateTimeFormatter.ofPattern("it".equals(lang) ? "d MMMM yyyy 'alle ore' HH:mm" : "d MMMM yyyy 'at' HH:mm '(Italian time)'");
    }

    private static String escape(String value, Escape escape) {
        return switch (escape) {
            case NONE -> value;
            case HEADER -> value.replaceAll("[\\r\\n\\t]+", " ").strip();
            case HTML -> html(value);
        };
    }

    static String html(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\r' -> {
                    // folded into the following \n
                }
                case '\n' -> sb.append("<br>\n");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private Optional<String> resource(String name, String lang, String part) {
        return cache.computeIfAbsent(name + "_" + lang + "." + part, file -> {
            try (InputStream in = MailTemplates.class.getResourceAsStream("templates/" + file)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read mail template " + file, e);
            }
        });
    }
}
