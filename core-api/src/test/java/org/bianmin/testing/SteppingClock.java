package org.bianmin.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.bianmin.core.spi.TimeSource;

/**
 * A {@link TimeSource} that stands still until a test moves it, so that no test depends on the day it
 * runs or waits for the wall clock.
 */
public final class SteppingClock implements TimeSource {
    private final AtomicReference<Instant> now;

    public SteppingClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** A clock at {@code civilTime} in China Standard Time, e.g. {@code "2026-12-31T09:00"}. */
    public static SteppingClock atChina(String civilTime) {
        return new SteppingClock(LocalDateTime.parse(civilTime).atZone(CHINA).toInstant());
    }

    @Override
    public Instant now() {
        return now.get();
    }

    /** Moves the clock on by {@code step} and returns the new time. */
    public Instant advance(Duration step) {
        return now.updateAndGet(instant -> instant.plus(step));
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now.set(instant);
    }
}
