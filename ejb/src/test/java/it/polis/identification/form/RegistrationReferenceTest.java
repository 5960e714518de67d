package it.polis.identification.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrationReferenceTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "0123456789abcdef0123456789abcdeX".getBytes(StandardCharsets.US_ASCII);
    private static final String NUMBER = "R2026-0000123";

    private final RegistrationReference references = new RegistrationReference(KEY);

    @Test
    void signedReferenceVerifiesToItsNumber() {
        String signed = references.sign(NUMBER);
        assertTrue(signed.matches("POLIS1\\.R2026-0000123\\.[A-Z2-7]{26}"), signed);
        assertEquals(Optional.of(NUMBER), references.verify(signed));
        assertEquals(Optional.of(NUMBER), new RegistrationReference(KEY.clone()).verify(signed), "same key, new instance");
    }

    @Test
    void signingIsDeterministicAndDependsOnTheNumber() {
        assertEquals(references.sign(NUMBER), references.sign(NUMBER));
        String a = tag(references.sign("R2026-0000123"));
        String b = tag(references.sign("R2026-0000124"));
        assertTrue(!a.equals(b));
    }

    @Test
    void referenceHasOnlyCharactersThatScannersTypeOnEveryLayoutAndQrAlphanumericMode() {
        assertTrue(references.sign(NUMBER).chars().allMatch(c -> "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ.-".indexOf(c) >= 0));
    }

    @Test
    void tamperedReferencesAreRefused() {
        String signed = references.sign(NUMBER);
        String tag = tag(signed);
        // another registration number with the original tag
        assertEquals(Optional.empty(), references.verify("POLIS1.R2026-0000124." + tag));
        // one character of the tag changed, each position
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i) == 'A' ? 'B' : 'A';
            String altered = "POLIS1." + NUMBER + "." + tag.substring(0, i) + c + tag.substring(i + 1);
            assertEquals(Optional.empty(), references.verify(altered), altered);
        }
        // truncated, extended, wrong prefix or version, missing parts
        assertEquals(Optional.empty(), references.verify(signed.substring(0, signed.length() - 1)));
        assertEquals(Optional.empty(), references.verify(signed + "A"));
        assertEquals(Optional.empty(), references.verify(signed.replace("POLIS1", "POLIS2")));
        assertEquals(Optional.empty(), references.verify(signed.replace("POLIS1.", "")));
        assertEquals(Optional.empty(), references.verify("POLIS1." + NUMBER));
        assertEquals(Optional.empty(), references.verify("POLIS1." + NUMBER + "."));
        assertEquals(Optional.empty(), references.verify("POLIS1.." + tag));
        assertEquals(Optional.empty(), references.verify("POLIS1.R2026.0000123." + tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "POLIS1", "hello", "POLIS1.R2026-0000123.!!!!", "\u0000", "R2026-0000123"})
    void garbageIsRefused(String text) {
        assertEquals(Optional.empty(), references.verify(text));
    }

    @Test
    void nullAndOverlongTextsAreRefused() {
        assertEquals(Optional.empty(), references.verify(null));
        assertEquals(Optional.empty(), references.verify("POLIS1." + "A".repeat(200) + ".AAAA"));
    }

    @Test
    void referenceSignedWithAnotherKeyIsRefused() {
        String signed = new RegistrationReference(OTHER_KEY).sign(NUMBER);
        assertEquals(Optional.empty(), references.verify(signed));
    }

    @Test
    void surroundingWhiteSpaceAndCaseAreTolerated() {
        String signed = references.sign(NUMBER);
        assertEquals(Optional.of(NUMBER), references.verify("  " + signed + "\r\n"));
        assertEquals(Optional.of(NUMBER), references.verify("\t" + signed + "\t"));
        assertEquals(Optional.of(NUMBER), references.verify(signed.toLowerCase()));
        assertEquals(Optional.of(NUMBER), references.verify("polis1" + signed.substring(6)));
        assertEquals(Optional.of(NUMBER), references.verify("Polis1" + signed.substring(6).toLowerCase()));
    }

    @Test
    void apostropheTypedForTheHyphenByAUsLayoutScannerOnAnItalianKeyboardIsTolerated() {
        String signed = references.sign(NUMBER);
        assertEquals(Optional.of(NUMBER), references.verify(signed.replace('-', '\'')));
    }

    @Test
    void whiteSpaceInsideIsNotTolerated() {
        String signed = references.sign(NUMBER);
        assertEquals(Optional.empty(), references.verify(signed.replace(".", ". ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "r2026-0000123", "R2026.0000123", "R2026 0000123", "-R2026", "RÈ2026"})
    void numbersOutsideTheFormatCannotBeSigned(String number) {
        assertThrows(IllegalArgumentException.class, () -> references.sign(number));
    }

    @Test
    void shortKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RegistrationReference(new byte[15]));
        assertThrows(IllegalArgumentException.class, () -> new RegistrationReference(null));
    }

    @Test
    void base32FollowsRfc4648() {
        // RFC 4648 section 10 test vectors, without padding
        assertEquals("", RegistrationReference.base32(new byte[0]));
        assertEquals("MY", RegistrationReference.base32("f".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MZXQ", RegistrationReference.base32("fo".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MZXW6", RegistrationReference.base32("foo".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MZXW6YQ", RegistrationReference.base32("foob".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MZXW6YTB", RegistrationReference.base32("fooba".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MZXW6YTBOI", RegistrationReference.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
    }

    private static String tag(String signed) {
        return signed.substring(signed.lastIndexOf('.') + 1);
    }
}
