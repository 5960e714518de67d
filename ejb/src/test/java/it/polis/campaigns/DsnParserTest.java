package it.polis.campaigns;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DsnParserTest {

    private static String dsn(String status, String messageId) {
        return "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n--B\r\n"
                + "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
                + "Final-Recipient: rfc822; Anna.Rossi@Example.org\r\nAction: failed\r\nStatus: " + status + "\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 user\r\n unknown\r\n\r\n--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                + "Message-ID: " + messageId + "\r\n\r\n--B--\r\n";
    }

    @Test
    void aHardBounceNamesItsCampaignAndAccount() {
        var d = DsnParser.parse(dsn("5.1.1", "<campaign.1050.2001@polis.istruzione.test>")).orElseThrow();
        assertTrue(d.hard());
        assertEquals("5.1.1", d.status());
        assertEquals("Anna.Rossi@Example.org", d.recipient());
        assertEquals("smtp; 550 5.1.1 user unknown", d.diagnostic());
        assertEquals(1050L, d.campaignId());
        assertEquals(2001L, d.accountId());
    }

    @Test
    void aSoftBounceIsNotHard() {
        var d = DsnParser.parse(dsn("4.2.2", "<campaign.3.4@x>")).orElseThrow();
        assertFalse(d.hard());
        assertEquals(3L, d.campaignId());
    }

    @Test
    void otherMailIsIgnoredAndForeignMessagesStillNameTheRecipient() {
        assertTrue(DsnParser.parse("Subject: Out of office\r\n\r\nI am away.").isEmpty());
        assertTrue(DsnParser.parse(dsn("2.0.0", "<campaign.3.4@x>")).isEmpty(), "a delivery report is no failure");
        var d = DsnParser.parse(dsn("5.7.1", "<outbox.9.123@x>")).orElseThrow();
        assertNull(d.campaignId());
        assertEquals("Anna.Rossi@Example.org", d.recipient());
    }
}
