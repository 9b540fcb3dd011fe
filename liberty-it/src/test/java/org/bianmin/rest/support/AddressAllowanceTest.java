package org.bianmin.rest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A public endpoint's budget per client address: {@code perMinute} in the minute that starts with
 * an address's first request, then refused with the seconds left until that minute is over; each
 * address counted apart; a flood of addresses bounded.
 */
class AddressAllowanceTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AddressAllowance allowance = new AddressAllowance(now::get, 3) {
    };

    @Test
    void anAddressHasItsRequestsAMinuteThenWaitsForTheMinuteToEnd() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, allowance.take("192.0.2.1"), "request " + (i + 1));
        }
        advance(Duration.ofSeconds(20));
        assertEquals(40, allowance.take("192.0.2.1"), "40 s left");
        advance(Duration.ofMillis(500));
        assertEquals(40, allowance.take("192.0.2.1"), "39.5 s left, rounded up");
        assertEquals(0, allowance.take("192.0.2.2"), "another address has its own budget");
        advance(Duration.ofMillis(39_500));
        assertEquals(0, allowance.take("192.0.2.1"), "a new minute");
    }

    @Test
    void aFloodOfAddressesIsBounded() {
        for (int i = 0; i < AddressAllowance.MAX_ADDRESSES; i++) {
            assertEquals(0, allowance.take("10.0." + (i / 256) + "." + (i % 256)));
        }
        assertEquals(1, allowance.take("192.0.2.9"), "no room for one more address");
        assertEquals(0, allowance.take("10.0.0.1"), "an address already followed goes on");
        advance(Duration.ofMinutes(1));
        assertEquals(0, allowance.take("192.0.2.9"), "once the minutes are over, room again");
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
