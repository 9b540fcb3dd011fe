package org.bianmin.rest.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The unauthenticated rating endpoint admits 10 attempts a minute from one address, 600 in all. */
class RatingAttemptsTest {
    private static final long MINUTE = 60_000;
    private static final long T = 1_800_000_000_000L;

    @Test
    void oneAddressIsBoundedPerMinute() {
        RatingAttempts attempts = new RatingAttempts();
        for (int i = 0; i < 10; i++) {
            assertTrue(attempts.admit("10.0.0.1", T + i), "attempt " + (i + 1));
        }
        assertFalse(attempts.admit("10.0.0.1", T + 10));
        assertTrue(attempts.admit("10.0.0.2", T + 11), "another address has its own bound");
        assertTrue(attempts.admit("10.0.0.1", T + MINUTE), "the next minute admits again");
        assertEquals(60 - (T / 1000) % 60, RatingAttempts.retryAfterSeconds(T));
    }

    @Test
    void allAddressesTogetherAreBoundedPerMinute() {
        RatingAttempts attempts = new RatingAttempts();
        for (int i = 0; i < 600; i++) {
            assertTrue(attempts.admit("10.0." + (i / 10) + "." + (i % 10), T));
        }
        assertFalse(attempts.admit("192.168.1.1", T), "the 601st attempt of the minute");
    }
}
