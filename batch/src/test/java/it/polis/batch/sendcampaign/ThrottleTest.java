package it.polis.batch.sendcampaign;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThrottleTest {

    private long now;
    private final List<Long> slept = new ArrayList<>();

    private Throttle throttle(int rate) {
        return new Throttle(rate, () -> now, n -> {
            slept.add(n);
            now += n;
        });
    }

    @Test
    void sendsAreSpacedEvenly() throws Exception {
        Throttle t = throttle(4);
        for (int i = 0; i < 5; i++) {
            t.acquire();
        }
        assertEquals(List.of(250_000_000L, 250_000_000L, 250_000_000L, 250_000_000L), slept);
        assertEquals(1_000_000_000L, now, "5 sends at 4 per second take one second");
    }

    @Test
    void aSlowPatchIsNotFollowedByABurst() throws Exception {
        Throttle t = throttle(10);
        t.acquire();
        now += 5_000_000_000L; // busy elsewhere for 5 s
        t.acquire();
        assertEquals(List.of(), slept, "the first after the pause goes at once");
        t.acquire();
        t.acquire();
        assertEquals(List.of(100_000_000L, 100_000_000L), slept, "then the rate again, no catching up");
    }
}
