package org.bianmin.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The clock a service falls back on when a deployment registers none. */
class TimeSourceTest {
    @Test
    void aGivenClockIsKept() {
        TimeSource pinned = TimeSource.fixed(Instant.parse("2026-03-02T01:00:00Z"));
        assertSame(pinned, TimeSource.orSystem(pinned));
    }

    @Test
    void noClockIsTheSystemClockInChinaStandardTime() {
        Instant before = Instant.now();
        TimeSource clock = TimeSource.orSystem(null);
        Instant now = clock.now();
        assertFalse(now.isBefore(before), "the system clock does not run behind the one read before it");
        assertFalse(now.isAfter(Instant.now()), "the system clock does not run ahead of the one read after it");
        assertEquals(TimeSource.CHINA, clock.zone());
    }
}
