package it.polis.applications;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProtocolFormatTest {

    @Test
    void defaultFormatIsTheMinistryOne() {
        ProtocolFormat f = new ProtocolFormat(ProtocolFormat.DEFAULT_PATTERN, ProtocolFormat.DEFAULT_DIGITS);
        assertEquals("m_pi.AOODGPER.REGISTRO UFFICIALE(U).0050487.11-12-2026",
                f.format("AOODGPER", 50487, Instant.parse("2026-12-11T09:00:00Z")));
    }

    @Test
    void dateAndYearAreRomeTime() {
        Instant newYearInRome = Instant.parse("2026-12-31T23:30:00Z");
        assertEquals(2027, ProtocolFormat.yearOf(newYearInRome));
        assertEquals("R/2027/001", new ProtocolFormat("R/{year}/{number}", 3).format("X", 1, newYearInRome));
    }

    @Test
    void aPatternWithoutTheNumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ProtocolFormat("m_pi.{registry}", 7));
        assertThrows(IllegalArgumentException.class, () -> new ProtocolFormat("{number}", 0));
    }
}
