package org.bianmin.rest.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.bianmin.core.BianminException;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.ReportingPeriod;

/**
 * Query and path parameters read as text and parsed here, so that a malformed value is a 400
 * naming the parameter (Jakarta REST would answer 404 for an unconvertible query parameter).
 */
public final class Inputs {
    private Inputs() {
    }

    /** Today in the county, by the platform's clock. */
    public static LocalDate today(TimeSource clock) {
        return LocalDate.ofInstant(clock.now(), clock.zone());
    }

    /** The period {@code from}–{@code to}; by default from 1 January of {@code today}'s year to {@code today}. */
    public static ReportingPeriod period(String from, String to, LocalDate today) {
        return ReportingPeriod.of(date("from", from, today.withDayOfYear(1)), date("to", to, today));
    }

    /** A required request body. */
    public static <T> T body(T body) {
        if (body == null) {
            throw BianminException.invalid("the request needs a JSON body");
        }
        return body;
    }

    /** A date {@code yyyy-MM-dd}; {@code fallback} when absent. */
    public static LocalDate date(String name, String value, LocalDate fallback) {
        return parsed(name, value, fallback, LocalDate::parse, "a date like 2026-01-31");
    }

    /** An instant in ISO-8601 ({@code 2026-01-31T08:00:00Z}); {@code fallback} when absent. */
    public static Instant instant(String name, String value, Instant fallback) {
        return parsed(name, value, fallback, Instant::parse, "an instant like 2026-01-31T08:00:00Z");
    }

    /** A whole number; {@code fallback} when absent. */
    public static long number(String name, String value, long fallback) {
        return parsed(name, value, fallback, Long::parseLong, "a whole number");
    }

    /** {@code value} stripped and parsed; {@code fallback} when absent; malformed, a 400 saying what is expected. */
    private static <T> T parsed(String name, String value, T fallback, Function<String, T> parser, String expected) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw BianminException.invalid(name + " must be " + expected + ", got '" + value + "'");
        }
    }

    /** A required whole number. */
    public static long requiredNumber(String name, String value) {
        return number(name, text(name, value), 0);
    }

    /** A required whole number that fits an int. */
    public static int requiredSmallNumber(String name, String value) {
        return smallNumber(name, text(name, value), 0);
    }

    /** A whole number that fits an int; {@code fallback} when absent. */
    public static int smallNumber(String name, String value, int fallback) {
        long number = number(name, value, fallback);
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw BianminException.invalid(name + " is out of range: " + value);
        }
        return (int) number;
    }

    /**
     * Reads a small binary body or part (a seal, a signature) of at most {@code max} bytes; more,
     * or nothing, is a 400. Large documents are streamed to the services instead.
     */
    public static byte[] smallBinary(java.io.InputStream in, int max, String what) {
        try (in) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length == 0) {
                throw BianminException.invalid(what + " is empty; send it as the request body");
            }
            if (bytes.length > max) {
                throw BianminException.invalid(what + " is larger than " + max + " bytes; is it the right file?");
            }
            return bytes;
        } catch (java.io.IOException e) {
            throw BianminException.invalid("could not read " + what + ": " + e.getMessage());
        }
    }

    /** A required text parameter. */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            throw BianminException.invalid("the parameter " + name + " is required");
        }
        return value.strip();
    }
}
