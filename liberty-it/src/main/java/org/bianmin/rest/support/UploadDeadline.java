package org.bianmin.rest.support;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time a request body may take to arrive (上传时限), counted from when its reading began on a
 * monotonic clock (nanoseconds, {@link System#nanoTime()} on the server). Not the platform's
 * {@code TimeSource}: that tells the civil time, which an operator or a test may set or step, and
 * an elapsed time must not move with it.
 */
public final class UploadDeadline {
    private final Duration allowed;
    private final LongSupplier nanoTime;
    private final long started;

    private UploadDeadline(Duration allowed, LongSupplier nanoTime) {
        if (allowed == null || allowed.isNegative() || allowed.isZero()) {
            throw new IllegalArgumentException("an upload deadline must be positive: " + allowed);
        }
        this.allowed = allowed;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    /** A deadline {@code allowed} from now, on the JVM's monotonic clock. */
    public static UploadDeadline in(Duration allowed) {
        return in(allowed, System::nanoTime);
    }

    /** A deadline {@code allowed} from now on the given monotonic clock (nanoseconds, as {@link System#nanoTime()}). */
    public static UploadDeadline in(Duration allowed, LongSupplier nanoTime) {
        return new UploadDeadline(allowed, nanoTime);
    }

    /** No deadline, for a body already on hand (a part of a spooled body): it never passes. */
    public static UploadDeadline none() {
        return in(Duration.ofNanos(Long.MAX_VALUE), () -> 0L);
    }

    /** The time the body is allowed. */
    public Duration allowed() {
        return allowed;
    }

    /** Whether more than the allowed time has gone by since reading began. */
    public boolean passed() {
        return nanoTime.getAsLong() - started > allowed.toNanos();
    }
}
