package org.bianmin.audit.internal.json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit trail's canonical JSON: RFC 8785, the JSON Canonicalization Scheme (JCS), in a profile
 * whose only numbers are integers within ±(2^53−1). Inside that range RFC 8785's number
 * serialisation (ECMAScript's Number.prototype.toString of an IEEE 754 double) is the integer's
 * plain decimal digits, with no leading zeros and no {@code -0}; outside it a double no longer
 * holds every integer, so the profile has no such numbers. Everything else is RFC 8785 itself:
 * object members sorted by the UTF-16 code units of their names ({@link String#compareTo}) and
 * unique, no insignificant white space, strings with only the escapes {@code \"}, {@code \\},
 * {@code \b \f \n \r \t} and lowercase {@code \}{@code u00xx} for the other control characters
 * (every other character literal, in UTF-8), and the literals {@code true}, {@code false},
 * {@code null}.
 *
 * <p>{@link #parse} accepts exactly the texts {@link #write} produces: a text parses if and only
 * if it is canonical, so the leaf hash of its bytes is the hash of its meaning.
 */
public final class CanonicalJson {
    /** The largest integer of the profile, 2^53−1; the smallest is its negation. */
    public static final long MAX_INTEGER = (1L << 53) - 1;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /**
     * The canonical text of {@code value}: a {@link Map} with string keys (any order), a
     * {@link List}, a {@link String}, a {@link Long} or {@link Integer} within ±{@link #MAX_INTEGER},
     * a {@link Boolean}, null, or {@link RawJson} written verbatim.
     *
     * @throws IllegalArgumentException for a value of another type or an integer outside the range
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    /** Appends the canonical text of {@code value} to {@code out}. */
    public static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Long || value instanceof Integer) {
            long integer = ((Number) value).longValue();
            if (integer > MAX_INTEGER || integer < -MAX_INTEGER) {
                throw new IllegalArgumentException("the integer " + integer
                        + " lies outside ±(2^53−1), where RFC 8785 numbers are exact");
            }
            out.append(integer);
        } else if (value instanceof Boolean flag) {
            out.append(flag.booleanValue());
        } else if (value instanceof RawJson raw) {
            out.append(raw.json());
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((key, member) -> sorted.put((String) key, member));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> member : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no canonical JSON for " + value.getClass().getName());
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Parses canonical JSON: objects become {@link Map}s (keys in order), arrays {@link List}s,
     * integers {@link Long}s. Fails with {@link JsonFormatException} on any text that is not
     * canonical, naming the first offence and its byte offset in the UTF-8 text.
     */
    public static Object parse(String text) {
        byte[] bytes = utf8(text);
        return parse(bytes, 0, bytes.length);
    }

    /** Parses canonical JSON from UTF-8 bytes {@code [from, to)}. */
    public static Object parse(byte[] bytes, int from, int to) {
        CanonicalReader reader = new CanonicalReader(bytes, from, to, true);
        Object value = reader.value();
        reader.requireEnd();
        return value;
    }

    /** Parses canonical JSON that must be an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new JsonFormatException("expected a JSON object", 0);
        }
        return (Map<String, Object>) value;
    }

    private static byte[] utf8(String text) {
        try {
            java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new JsonFormatException("unpaired surrogate", 0);
        }
    }
}
