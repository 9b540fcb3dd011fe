package org.bianmin.it.rest;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How long and how much one scenario's virtual users go on: each loop of a user asks
 * {@link #another()} first, which says no once the scenario's time ({@code load.duration} seconds,
 * counted from its first loop) has passed or its loops ({@code load.requests} requests, divided by
 * the requests of one loop) are used up.
 */
final class LoadBounds {
    private final long nanos;
    private final AtomicLong loopsLeft;
    private final AtomicLong deadline = new AtomicLong();

    private LoadBounds(long nanos, long loops) {
        this.nanos = nanos;
        this.loopsLeft = new AtomicLong(loops);
    }

    /** The bounds from the run's settings, for a scenario whose loop makes {@code requestsPerLoop} requests. */
    static LoadBounds of(LoadSettings settings, int requestsPerLoop) {
        return new LoadBounds(settings.duration().toNanos(), Math.max(1, settings.requests() / requestsPerLoop));
    }

    /** Whether a virtual user may make another loop; taking one counts it. */
    boolean another() {
        long now = System.nanoTime();
        deadline.compareAndSet(0, now + nanos);
        return now < deadline.get() && loopsLeft.getAndDecrement() > 0;
    }
}
