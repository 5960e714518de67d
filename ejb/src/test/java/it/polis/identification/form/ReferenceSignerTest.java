package it.polis.identification.form;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceSignerTest {

    private static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) (i * 37 + 11);
        }
    }

    @Test
    void configuredKeyIsUsedInProductionAndDevelopment() {
        String signed = new RegistrationReference(KEY).sign("R2026-0000001");
        String base64 = Base64.getEncoder().encodeToString(KEY);
        assertEquals(Optional.of("R2026-0000001"), ReferenceSigner.fromConfig(Optional.of(base64), false).verify(signed));
        assertEquals(Optional.of("R2026-0000001"), ReferenceSigner.fromConfig(Optional.of(base64), true).verify(signed));
        assertEquals(Optional.of("R2026-0000001"),
                ReferenceSigner.fromConfig(Optional.of(" " + base64 + "\n"), false).verify(signed), "trimmed");
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(KEY);
        assertEquals(Optional.of("R2026-0000001"), ReferenceSigner.fromConfig(Optional.of(urlSafe), false).verify(signed));
    }

    @Test
    void missingKeyIsAnErrorInProduction() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReferenceSigner.fromConfig(Optional.empty(), false));
        assertTrue(e.getMessage().contains(ReferenceSigner.KEY_PROPERTY));
        assertThrows(IllegalStateException.class, () -> ReferenceSigner.fromConfig(Optional.of("  "), false));
    }

    @Test
    void missingKeyInDevelopmentUsesTheFixedDevelopmentKey() {
        RegistrationReference dev = ReferenceSigner.fromConfig(Optional.empty(), true);
        RegistrationReference again = ReferenceSigner.fromConfig(Optional.empty(), true);
        String signed = dev.sign("R2026-0000002");
        assertEquals(Optional.of("R2026-0000002"), again.verify(signed), "stable across restarts");
        assertEquals(Optional.of("R2026-0000002"),
                new RegistrationReference(ReferenceSigner.DEV_KEY.getBytes(StandardCharsets.US_ASCII)).verify(signed));
        assertEquals(Optional.empty(), new RegistrationReference(KEY).verify(signed));
    }

    @Test
    void developmentKeyIsRefusedOutsideDevelopment() {
        String devKey = Base64.getEncoder().encodeToString(ReferenceSigner.DEV_KEY.getBytes(StandardCharsets.US_ASCII));
        assertThrows(IllegalStateException.class, () -> ReferenceSigner.fromConfig(Optional.of(devKey), false));
        ReferenceSigner.fromConfig(Optional.of(devKey), true);
    }

    @Test
    void badKeysAreRefusedWithoutQuotingThem() {
        IllegalStateException notBase64 = assertThrows(IllegalStateException.class,
                () -> ReferenceSigner.fromConfig(Optional.of("not base64 at all!"), true));
        assertTrue(!notBase64.getMessage().contains("not base64 at all"));
        String shortKey = Base64.getEncoder().encodeToString(new byte[15]);
        assertThrows(IllegalStateException.class, () -> ReferenceSigner.fromConfig(Optional.of(shortKey), true));
    }

    @Test
    void beanWithoutKeyInProductionFailsAtUseWithTheReason() {
        ReferenceSigner signer = new ReferenceSigner();
        signer.configuredKey = Optional.empty();
        signer.devEnabled = false;
        signer.init();
        signer.atStartup(new Object());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> signer.sign("R2026-0000003"));
        assertTrue(e.getMessage().contains(ReferenceSigner.KEY_PROPERTY));
        assertThrows(IllegalStateException.class, () -> signer.verify("anything"));
    }

    @Test
    void beanSignsAndVerifiesWithTheConfiguredKey() {
        ReferenceSigner signer = new ReferenceSigner();
        signer.configuredKey = Optional.of(Base64.getEncoder().encodeToString(KEY));
        signer.devEnabled = false;
        signer.init();
        String signed = signer.sign("R2026-0000004");
        assertEquals(signed, new RegistrationReference(KEY).sign("R2026-0000004"));
        assertEquals(Optional.of("R2026-0000004"), signer.verify(signed));
    }
}
