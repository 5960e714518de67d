package it.polis.identity.recovery;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemporaryPasswordsTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    @RepeatedTest(50)
    void generatedPasswordsAreFourReadableGroupsWithoutLookAlikes() {
        String p = TemporaryPasswords.generate();
        assertTrue(p.matches("[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}"), p);
        assertFalse(p.matches(".*[01OIL].*"), p);
        assertTrue(TemporaryPasswords.wellFormed(p), p);
    }

    @Test
    void generatedPasswordsAreStrongAndDoNotRepeat() {
        // 16 symbols from 31: about 79 bits
        double bits = 16 * Math.log(TemporaryPasswords.ALPHABET.length) / Math.log(2);
        assertTrue(bits > 78, "bits " + bits);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(TemporaryPasswords.generate()), "repeated after " + i);
        }
    }

    @Test
    void typedFormsNormalizeToTheSameSecret() {
        char[] expected = "K7QXM4RT9WZCHPNA".toCharArray();
        assertArrayEquals(expected, TemporaryPasswords.normalize("K7QX-M4RT-9WZC-HPNA"));
        assertArrayEquals(expected, TemporaryPasswords.normalize("k7qx-m4rt-9wzc-hpna"));
        assertArrayEquals(expected, TemporaryPasswords.normalize(" K7QX M4RT 9WZC HPNA "));
        assertArrayEquals(expected, TemporaryPasswords.normalize("K7QXM4RT9WZCHPNA"));
        assertEquals(0, TemporaryPasswords.normalize((String) null).length);
    }

    @Test
    void aTemporaryPasswordExpiresAfterItsValidity() {
        Instant expires = TemporaryPasswords.expiry(T0, Duration.ofHours(24));
        assertEquals(T0.plus(Duration.ofHours(24)), expires);
        assertTrue(TemporaryPasswords.isUsable(expires, null, T0));
        assertTrue(TemporaryPasswords.isUsable(expires, null, T0.plus(Duration.ofHours(23)).plusSeconds(3599)));
        assertFalse(TemporaryPasswords.isUsable(expires, null, expires), "the expiry instant itself is too late");
        assertFalse(TemporaryPasswords.isUsable(expires, null, T0.plus(Duration.ofHours(25))));
    }

    @Test
    void aTemporaryPasswordWorksOnce() {
        Instant expires = TemporaryPasswords.expiry(T0, Duration.ofHours(24));
        assertFalse(TemporaryPasswords.isUsable(expires, T0.plusSeconds(60), T0.plusSeconds(120)));
    }

    @Test
    void aValidityMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> TemporaryPasswords.expiry(T0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> TemporaryPasswords.expiry(T0, Duration.ofHours(-1)));
    }

    @Test
    void aNewRequestReplacesTheOldTemporaryPasswordAndMakesItUsableAgain() {
        TemporaryPassword row = new TemporaryPassword(1L);
        row.replace("$argon2id$first", T0, T0.plus(Duration.ofHours(24)));
        row.markUsed(T0.plusSeconds(10));
        assertTrue(row.isAwaitingChange());
        assertFalse(row.isUsable(T0.plusSeconds(20)));
        row.replace("$argon2id$second", T0.plusSeconds(30), T0.plusSeconds(30).plus(Duration.ofHours(24)));
        assertEquals("$argon2id$second", row.getPasswordHash());
        assertFalse(row.isAwaitingChange());
        assertTrue(row.isUsable(T0.plusSeconds(40)));
    }

    @Test
    void theAuditKeepsOnlyAMaskedCodiceFiscale() {
        assertEquals("RSS***********1U", RecoveryService.mask("RSSMRA80A01H501U"));
        assertEquals("RSS***********1U", RecoveryService.mask(" rssmra80a01h501u "));
        assertEquals("(none)", RecoveryService.mask(null));
        assertEquals("***", RecoveryService.mask("abc"));
    }
}
