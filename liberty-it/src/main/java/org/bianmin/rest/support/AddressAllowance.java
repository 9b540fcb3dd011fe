package org.bianmin.rest.support;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How often one client address may call an endpoint that needs no login: at most
 * {@link #perMinute()} requests in each minute that starts with its first request; beyond that it
 * is refused with 429 {@code TOO_MANY_REQUESTS} (RFC 6585 §4) and the seconds until its minute is
 * over ({@code Retry-After}). The addresses are those the server sees (behind a proxy, the
 * proxy's: configure the proxy's own limit there). At most {@link #MAX_ADDRESSES} addresses are
 * followed; when that many have a running minute, a new address is refused too, so that a flood of
 * addresses cannot fill the memory. Each public endpoint has its own allowance, a subclass that
 * names its server variable. No method is final: the subclasses are application-scoped CDI beans,
 * which the container reaches through a proxy.
 */
public abstract class AddressAllowance {
    /** The most addresses followed at once. */
    public static final int MAX_ADDRESSES = 10_000;

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();
    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private int perMinute;

    /** An allowance of {@code perMinute} on the clock {@code nanoTime} (monotonic nanoseconds). */
    protected AddressAllowance(LongSupplier nanoTime, int perMinute) {
        this.nanoTime = nanoTime;
        this.perMinute = perMinute;
    }

    /**
     * Sets the requests a minute from server variable {@code variable} (MicroProfile Config), or
     * {@code fallback} when it is not set; a value below 1 stops the application from starting.
     */
    protected void configure(String variable, int fallback) {
        int value = ConfigProvider.getConfig().getOptionalValue(variable, Integer.class).orElse(fallback);
        if (value < 1) {
            throw new IllegalArgumentException(variable + " must be positive: " + value);
        }
        perMinute = value;
    }

    /** Requests a minute from one address. */
    public int perMinute() {
        return perMinute;
    }

    /**
     * Counts a request from {@code address}.
     *
     * @return zero when it is allowed, else the whole seconds until the address may ask again
     */
    public long take(String address) {
        long now = nanoTime.getAsLong();
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values().removeIf(w -> now - w.start >= WINDOW_NANOS);
        }
        if (windows.size() >= MAX_ADDRESSES && !windows.containsKey(address)) {
            return 1;
        }
        Window window = windows.compute(address, (a, w) -> w == null || now - w.start >= WINDOW_NANOS
                ? new Window(now, 1) : new Window(w.start, w.count + 1));
        if (window.count <= perMinute) {
            return 0;
        }
        long left = window.start + WINDOW_NANOS - now;
        return Math.max(1, (left + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    private record Window(long start, int count) {
    }
}
