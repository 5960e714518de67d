package it.polis.campaigns;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnsubscribeTokensTest {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens("a secret of enough bytes!!".getBytes(StandardCharsets.US_ASCII));

    @Test
    void aTokenNamesItsCampaignAndAccount() {
        String t = tokens.token(1050, 2001);
        assertTrue(t.startsWith("1050.2001."));
        assertEquals(new UnsubscribeTokens.Subject(1050, 2001), tokens.verify(t).orElseThrow());
    }

    @Test
    void anAlteredOrForeignTokenIsRefused() {
        String t = tokens.token(1050, 2001);
        String sig = t.substring(t.lastIndexOf('.'));
        assertTrue(tokens.verify("1050.2002" + sig).isEmpty(), "another account");
        assertTrue(tokens.verify("1051.2001" + sig).isEmpty(), "another campaign");
        assertTrue(tokens.verify(t.substring(0, t.length() - 1) + (t.endsWith("A") ? "B" : "A")).isEmpty());
        assertTrue(new UnsubscribeTokens("another secret of enough bytes".getBytes(StandardCharsets.US_ASCII))
                .verify(t).isEmpty(), "another key");
        assertTrue(tokens.verify(null).isEmpty());
        assertTrue(tokens.verify("x").isEmpty());
    }
}
