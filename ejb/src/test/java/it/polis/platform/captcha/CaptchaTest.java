package it.polis.platform.captcha;

import org.altcha.altcha.Altcha;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Solves real challenges the way the widget does, then checks what verify accepts. */
class CaptchaTest {

    private static final String KEY = "test-key-0123456789-0123456789-0123456789";

    private final Captcha captcha = new Captcha(KEY, 2_000, Duration.ofMinutes(10), Clock.systemUTC());

    /** What the widget posts: base64 of {algorithm, challenge, number, salt, signature}. */
    static String solve(String challengeJson) throws Exception {
        JSONObject c = new JSONObject(challengeJson);
        Altcha.Solution s = Altcha.solveChallenge(c.getString("challenge"), c.getString("salt"),
                Altcha.Algorithm.SHA256, c.getLong("maxnumber"), 0);
        assertNotNull(s, "solvable within maxnumber");
        String payload = new JSONObject().put("algorithm", c.getString("algorithm"))
                .put("challenge", c.getString("challenge")).put("number", s.number)
                .put("salt", c.getString("salt")).put("signature", c.getString("signature")).toString();
        return Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void challengeHasWhatTheWidgetNeedsAndExpires() {
        JSONObject c = new JSONObject(captcha.createChallenge());
        assertEquals("SHA-256", c.getString("algorithm"));
        assertEquals(2_000, c.getLong("maxnumber"));
        assertTrue(c.getString("salt").contains("?expires="), c.getString("salt"));
        long expires = Captcha.expiresOf(c.getString("salt"));
        long in10min = Instant.now().plus(Duration.ofMinutes(10)).getEpochSecond();
        assertTrue(Math.abs(expires - in10min) <= 2, "expires in 10 minutes");
        assertEquals(64, c.getString("signature").length());
    }

    @Test
    void solvedPayloadIsAcceptedOnceOnly() throws Exception {
        String payload = solve(captcha.createChallenge());
        assertTrue(captcha.verify(payload));
        assertFalse(captcha.verify(payload), "replayed");
        assertEquals(1, captcha.rememberedCount());
        assertTrue(captcha.verify(solve(captcha.createChallenge())), "a new challenge passes");
    }

    @Test
    void wrongNumberForgedSignatureOtherKeyAndGarbageAreRefused() throws Exception {
        String challenge = captcha.createChallenge();
        JSONObject p = new JSONObject(new String(Base64.getDecoder().decode(solve(challenge)), StandardCharsets.UTF_8));
        p.put("number", p.getLong("number") + 1);
        assertFalse(captcha.verify(b64(p.toString())), "wrong number");

        JSONObject forged = new JSONObject(new String(Base64.getDecoder().decode(solve(challenge)), StandardCharsets.UTF_8));
        forged.put("salt", forged.getString("salt").replaceAll("expires=\\d+", "expires=9999999999"));
        assertFalse(captcha.verify(b64(forged.toString())), "salt changed after signing");

        Captcha other = new Captcha("another-key-0123456789-0123456789-01234", 2_000, Duration.ofMinutes(10),
                Clock.systemUTC());
        assertFalse(captcha.verify(solve(other.createChallenge())), "signed with another key");

        assertFalse(captcha.verify(null));
        assertFalse(captcha.verify(""));
        assertFalse(captcha.verify("not base64 at all!"));
        assertFalse(captcha.verify(b64("{\"salt\":1}")));
        assertFalse(captcha.verify(b64("[]")));
        assertFalse(captcha.verify("A".repeat(Captcha.MAX_PAYLOAD_LENGTH + 1)));
    }

    @Test
    void expiredPayloadIsRefused() throws Exception {
        String payload = solve(captcha.createChallenge());
        Captcha later = new Captcha(KEY, 2_000, Duration.ofMinutes(10),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11)));
        assertFalse(later.verify(payload), "11 minutes later");
        Captcha sooner = new Captcha(KEY, 2_000, Duration.ofMinutes(10),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(9)));
        assertTrue(sooner.verify(payload), "9 minutes later");
    }

    @Test
    void keyIsRequiredAndLongOutsideDevMode() {
        assertThrows(IllegalStateException.class, () -> new Captcha(null, 2_000, Duration.ofMinutes(10), Clock.systemUTC()));
        assertThrows(IllegalStateException.class, () -> new Captcha("short", 2_000, Duration.ofMinutes(10), Clock.systemUTC()));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

}
