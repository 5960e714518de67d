package it.polis.campaigns;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignTemplateTest {

    private static final RecipientData ANNA = new RecipientData(7, 42, "anna@example.org", "it", "Anna",
            "MOB-2027", "Mobilità 2027/28", "Transfers 2027/28", Instant.parse("2027-03-15T22:59:00Z"), 9L, 0);

    @Test
    void fillsEveryPlaceholderInTheRecipientsLanguage() {
        var it = CampaignTemplate.render("{{nome}}, scade {{procedure}}", "Gentile {{ nome }},\nentro il {{deadline}}: {{link}}",
                ANNA, "it", "https://polis/area", null);
        assertEquals("Anna, scade Mobilità 2027/28", it.subject());
        assertEquals("Gentile Anna,\nentro il 15 marzo 2027 alle ore 23:59: https://polis/area\n", it.text());
        var en = CampaignTemplate.render("{{nome}}: {{procedure}}", "by {{deadline}}", ANNA, "en", "x", null);
        assertEquals("Anna: Transfers 2027/28", en.subject());
        assertEquals("by 15 March 2027 at 23:59 (Italian time)\n", en.text());
    }

    @Test
    void informationalMessagesEndWithTheUnsubscribeLink() {
        var it = CampaignTemplate.render("S", "B", ANNA, "it", "x", "https://polis/unsubscribe.xhtml?t=1.2.abc");
        assertTrue(it.text().endsWith("Per non riceverne più: https://polis/unsubscribe.xhtml?t=1.2.abc\n"), it.text());
        var en = CampaignTemplate.render("S", "B", ANNA, "en", "x", "https://u");
        assertTrue(en.text().contains("To stop receiving it: https://u"));
    }

    @Test
    void subjectsStayOnOneLineAndUnknownPlaceholdersAreFound() {
        var r = CampaignTemplate.render("A\r\nB {{nome}}", "b", ANNA, "it", "x", null);
        assertEquals("A B Anna", r.subject());
        assertEquals(Set.of("nomee", "x"), CampaignTemplate.unknown("{{nomee}} {{nome}} {{x}}"));
        assertTrue(CampaignTemplate.unknown("{{nome}} {{procedure}} {{deadline}} {{link}}").isEmpty());
        assertFalse(CampaignTemplate.unknown("{{}}").isEmpty(), "an empty placeholder is not a known one");
    }

    @Test
    void aRecipientWithoutProcedureGetsNoPlaceholderText() {
        RecipientData none = new RecipientData(1, 2, "a@b.c", "en", null, null, null, null, null, null, 0);
        var r = CampaignTemplate.render("{{nome}}|{{procedure}}|{{deadline}}", "", none, "en", null, null);
        assertEquals("||", r.subject());
    }
}
