package org.bianmin.audit.internal.log;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Times in the audit log: UTC, always six fractional digits ({@code 2026-11-26T09:30:00.000000Z}),
 * so that a time has one spelling and survives every database at microsecond precision.
 */
public final class LogTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private LogTime() {
    }

    /** {@code time} cut to whole microseconds. */
    public static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    /** The canonical spelling of {@code time} (cut to microseconds). */
    public static String format(Instant time) {
        return FORMAT.format(truncate(time));
    }

    /** Parses a canonical time; fails with {@link IllegalArgumentException} on any other spelling. */
    public static Instant parse(String text) {
        try {
            Instant time = FORMAT.parse(text, Instant::from);
            if (!format(time).equals(text)) {
                throw new IllegalArgumentException("time '" + text + "' is not in canonical form");
            }
            return time;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + text + "' is not yyyy-MM-ddTHH:mm:ss.ffffffZ", e);
        }
    }

    /** Microseconds since the epoch, as the database stores times. */
    public static long toMicros(Instant time) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time);
    }

    /** The instant {@code micros} microseconds after the epoch. */
    public static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
