package it.polis.batch.sendcampaign;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorWindowTest {

    @Test
    void exceedsOnlyWithEnoughSendsAndAboveTheThreshold() {
        ErrorWindow w = new ErrorWindow(10, 5);
        for (int i = 0; i < 4; i++) {
            w.record(true);
        }
        assertFalse(w.exceeds(20), "too few sends yet");
        w.record(true);
        assertTrue(w.exceeds(20));
        assertEquals(100, w.percent());
    }

    @Test
    void oldOutcomesLeaveTheWindow() {
        ErrorWindow w = new ErrorWindow(10, 5);
        for (int i = 0; i < 3; i++) {
            w.record(true);
        }
        for (int i = 0; i < 10; i++) {
            w.record(false);
        }
        assertEquals(0, w.percent());
        w.record(true);
        w.record(true);
        assertEquals(20, w.percent());
        assertFalse(w.exceeds(20), "exactly at the threshold is not above it");
        w.record(true);
        assertTrue(w.exceeds(20));
    }
}
