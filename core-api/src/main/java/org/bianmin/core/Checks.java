package org.bianmin.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Argument checks for the compact constructors of API records. Each failure is a
 * {@link BianminException} with {@link ErrorCode#INVALID_ARGUMENT} whose message names the field.
 */
public final class Checks {
    private Checks() {
    }

    /** Returns {@code value}, or fails when it is null. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw BianminException.invalid(field + " is required");
        }
        return value;
    }

    /** Returns the stripped {@code value}, or fails when it is null or blank. */
    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw BianminException.invalid(field + " is required and must not be blank");
        }
        return value.strip();
    }

    /** Returns the stripped {@code value}, or fails when it is blank or longer than {@code max}. */
    public static String text(String value, String field, int max) {
        String stripped = text(value, field);
        if (stripped.length() > max) {
            throw BianminException.invalid(field + " must be at most " + max + " characters, got " + stripped.length());
        }
        return stripped;
    }

    /** Returns {@code value} stripped, or null when it is null or blank. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Returns {@code value}, or fails when it is negative. */
    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw BianminException.invalid(field + " must not be negative, got " + value);
        }
        return value;
    }

    /** Returns {@code value}, or fails when it is negative (since package version 1.8.0). */
    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw BianminException.invalid(field + " must not be negative, got " + value);
        }
        return value;
    }

    /** Returns {@code value}, or fails when it is not positive. */
    public static int positive(int value, String field) {
        if (value <= 0) {
            throw BianminException.invalid(field + " must be positive, got " + value);
        }
        return value;
    }

    /** An unmodifiable copy of {@code values}; an absent list is empty. Fails on null elements. */
    public static <T> List<T> list(Collection<? extends T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw BianminException.invalid(field + " must not contain empty entries");
            }
        }
        return List.copyOf(values);
    }

    /**
     * An unmodifiable list of copies of the arrays in {@code values}, so that neither the caller's list
     * nor its arrays can change a record afterwards; an absent list is empty. Fails on null elements.
     * Since package version 1.8.0.
     */
    public static List<byte[]> byteArrays(Collection<byte[]> values, String field) {
        List<byte[]> copy = new ArrayList<>();
        for (byte[] value : list(values, field)) {
            copy.add(value.clone());
        }
        return Collections.unmodifiableList(copy);
    }

    /** A copy of {@code bytes}, or fails when it is null. */
    public static byte[] bytes(byte[] bytes, String field) {
        return required(bytes, field).clone();
    }
}
