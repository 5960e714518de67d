package it.polis.platform.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mails of the personal-code service functions render in both languages with the values the services give. */
class PersonalCodeMailTemplatesTest {

    private static final Map<String, Object> VALUES = Map.of(
            "name", "Giulia Prova", "personalCode", "AB12CD34EF", "loginLink", "https://polis.example.test/login.xhtml",
            "until", Instant.parse("2026-11-24T14:00:00Z"), "attempts", 5,
            "changedAt", Instant.parse("2026-11-23T14:00:00Z"), "registrationNumber", "R2026-0000123",
            "expiresAt", LocalDate.of(2027, 1, 22), "username", "giulia.prova", "schoolName", "IC Roma Centro");

    @ParameterizedTest
    @CsvSource({
        "cp-recovered, it, AB12CD34EF", "cp-recovered, en, AB12CD34EF",
        "cp-recover-blocked, it, 24 novembre 2026", "cp-recover-blocked, en, 24 November 2026",
        "cp-changed, it, 23 novembre 2026", "cp-changed, en, 23 November 2026",
        "cp-regenerated, it, R2026-0000123", "cp-regenerated, en, 22 January 2027",
        "security-question-changed, it, 23 novembre 2026", "security-question-changed, en, 23 November 2026",
        "account-identified-again, it, IC Roma Centro", "account-identified-again, en, giulia.prova"})
    void rendersTextAndHtml(String template, String lang, String expected) {
        RenderedMail m = new MailTemplates().render(template, lang, VALUES);
        assertFalse(m.subject().isBlank());
        assertTrue(m.text().contains(expected), m.text());
        assertTrue(m.html().contains(expected), m.html());
        assertFalse(m.text().contains("{{") || m.html().contains("{{"));
    }
}
