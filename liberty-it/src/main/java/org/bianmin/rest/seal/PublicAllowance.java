package org.bianmin.rest.seal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How many public verifications ({@link UploadWork#PUBLIC_VERIFICATION}) one client address may ask
 * for (公众验章的频次限制): at most {@code bianmin.public.verification.per.minute} (default 10) in
 * each minute that starts with its first request; beyond that it is refused with 429
 * {@code TOO_MANY_REQUESTS} (RFC 6585 §4) until its minute is over. The addresses are those the
 * server sees (behind a proxy, the proxy's: configure the proxy's own limit there). At most
 * {@link #MAX_ADDRESSES} addresses are followed; when that many have a running minute, a new
 * address is refused too, so that a flood of addresses cannot fill the memory.
 */
@ApplicationScoped
public class PublicAllowance {
    /** The variable that sets the requests a minute from one address. */
    static final String PER_MINUTE_VARIABLE = "bianmin.public.verification.per.minute";

    /** The most addresses followed at once. */
    static final int MAX_ADDRESSES = 10_000;

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();
    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private int perMinute;

    /** The allowance on the JVM's monotonic clock, configured from MicroProfile Config. */
    public PublicAllowance() {
        this(System::nanoTime, 10);
    }

    PublicAllowance(LongSupplier nanoTime, int perMinute) {
        this.nanoTime = nanoTime;
        this.perMinute = perMinute;
    }

    @PostConstruct
    void configure() {
        perMinute = ConfigProvider.getConfig().getOptionalValue(PER_MINUTE_VARIABLE, Integer.class).orElse(10);
        if (perMinute < 1) {
            throw new IllegalArgumentException(PER_MINUTE_VARIABLE + " must be positive: " + perMinute);
        }
    }

    /** Requests a minute from one address. */
    int perMinute() {
        return perMinute;
    }

    /**
     * Counts a request from {@code address}.
     *
     * @return zero when it is allowed, else the whole seconds until the address may ask again
     */
    long take(String address) {
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
