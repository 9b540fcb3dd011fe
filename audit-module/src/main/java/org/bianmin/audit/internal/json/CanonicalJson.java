package org.bianmin.audit.internal.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit trail's canonical JSON: the subset of RFC 8259 with one spelling per value, in the
 * manner of RFC 8785 (JCS) — object keys sorted by UTF-16 code units ({@link String#compareTo})
 * and unique, no insignificant white space, strings with only the escapes {@code \"}, {@code \\},
 * {@code \b \f \n \r \t} and lowercase {@code \}{@code u00xx} for the other control characters (every
 * other character literal), numbers only as integers that fit 64 bits without leading zeros or
 * {@code -0}, and the literals {@code true}, {@code false}, {@code null}.
 *
 * <p>{@link #parse} accepts exactly the texts {@link #write} produces: a text parses if and only
 * if it is canonical, so the leaf hash of its bytes is the hash of its meaning.
 */
public final class CanonicalJson {
    private static final int MAX_DEPTH = 32;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /**
     * The canonical text of {@code value}: a {@link Map} with string keys (any order), a
     * {@link List}, a {@link String}, a {@link Long} or {@link Integer}, a {@link Boolean}, null, or
     * {@link RawJson} written verbatim.
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
            out.append(((Number) value).longValue());
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
     * canonical, naming the first offence.
     */
    public static Object parse(String text) {
        Parser parser = new Parser(text);
        Object value = parser.value(0);
        if (parser.at < text.length()) {
            throw new JsonFormatException("unexpected text after the JSON value (white space is not canonical)",
                    parser.at);
        }
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

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw new JsonFormatException("nested deeper than " + MAX_DEPTH + " levels", at);
            }
            char c = peek();
            return switch (c) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield number();
                    }
                    throw new JsonFormatException(describe(c) + " cannot start a value", at);
                }
            };
        }

        private Map<String, Object> object(int depth) {
            at++;
            Map<String, Object> members = new LinkedHashMap<>();
            if (peek() == '}') {
                at++;
                return members;
            }
            String previous = null;
            while (true) {
                if (peek() != '"') {
                    throw new JsonFormatException("expected a member name, found " + describe(peek()), at);
                }
                int keyAt = at;
                String key = string();
                if (previous != null && previous.compareTo(key) >= 0) {
                    throw new JsonFormatException(previous.equals(key) ? "duplicate member \"" + key + "\""
                            : "member \"" + key + "\" is out of order (keys must be sorted)", keyAt);
                }
                previous = key;
                expect(':');
                members.put(key, value(depth + 1));
                char next = peek();
                at++;
                if (next == '}') {
                    return members;
                }
                if (next != ',') {
                    throw new JsonFormatException("expected ',' or '}', found " + describe(next), at - 1);
                }
            }
        }

        private List<Object> array(int depth) {
            at++;
            List<Object> items = new java.util.ArrayList<>();
            if (peek() == ']') {
                at++;
                return items;
            }
            while (true) {
                items.add(value(depth + 1));
                char next = peek();
                at++;
                if (next == ']') {
                    return items;
                }
                if (next != ',') {
                    throw new JsonFormatException("expected ',' or ']', found " + describe(next), at - 1);
                }
            }
        }

        private String string() {
            at++;
            StringBuilder out = null;
            int start = at;
            while (true) {
                if (at >= text.length()) {
                    throw new JsonFormatException("unterminated string", at);
                }
                char c = text.charAt(at);
                if (c == '"') {
                    String value = out == null ? text.substring(start, at) : out.append(text, start, at).toString();
                    at++;
                    return value;
                }
                if (c < 0x20) {
                    throw new JsonFormatException("control character U+00" + HEX[c >> 4] + HEX[c & 0xF]
                            + " must be escaped", at);
                }
                if (Character.isSurrogate(c)) {
                    if (!Character.isHighSurrogate(c) || at + 1 >= text.length()
                            || !Character.isLowSurrogate(text.charAt(at + 1))) {
                        throw new JsonFormatException("unpaired surrogate", at);
                    }
                    at += 2;
                    continue;
                }
                if (c != '\\') {
                    at++;
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(text, start, at);
                out.append(escape());
                start = at;
            }
        }

        private char escape() {
            int escapeAt = at;
            if (at + 1 >= text.length()) {
                throw new JsonFormatException("unterminated escape", at);
            }
            char c = text.charAt(at + 1);
            at += 2;
            switch (c) {
                case '"':
                    return '"';
                case '\\':
                    return '\\';
                case 'b':
                    return '\b';
                case 'f':
                    return '\f';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 't':
                    return '\t';
                case 'u':
                    if (at + 4 > text.length()) {
                        throw new JsonFormatException("unterminated \\u escape", escapeAt);
                    }
                    String hex = text.substring(at, at + 4);
                    at += 4;
                    if (!hex.startsWith("00") || !isLowerHex(hex)) {
                        throw new JsonFormatException("\\u" + hex + " is not canonical: only control characters"
                                + " are escaped, as \\u00xx in lowercase", escapeAt);
                    }
                    char decoded = (char) Integer.parseInt(hex, 16);
                    if (decoded >= 0x20 || decoded == '\b' || decoded == '\f' || decoded == '\n' || decoded == '\r'
                            || decoded == '\t') {
                        throw new JsonFormatException("\\u" + hex + " is not canonical: use the character itself"
                                + " or its short escape", escapeAt);
                    }
                    return decoded;
                default:
                    throw new JsonFormatException("\\" + c + " is not a canonical escape", escapeAt);
            }
        }

        private static boolean isLowerHex(String hex) {
            for (int i = 0; i < hex.length(); i++) {
                char c = hex.charAt(i);
                if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                    return false;
                }
            }
            return true;
        }

        private Long number() {
            int start = at;
            if (peekOrEnd() == '-') {
                at++;
            }
            int digits = at;
            while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                at++;
            }
            if (at == digits) {
                throw new JsonFormatException("a number needs digits", start);
            }
            if (text.charAt(digits) == '0' && at - digits > 1) {
                throw new JsonFormatException("a number must not have leading zeros", start);
            }
            char next = peekOrEnd();
            if (next == '.' || next == 'e' || next == 'E') {
                throw new JsonFormatException("only integers are canonical", start);
            }
            String literal = text.substring(start, at);
            if (literal.equals("-0")) {
                throw new JsonFormatException("-0 is not canonical, write 0", start);
            }
            try {
                return Long.valueOf(literal);
            } catch (NumberFormatException e) {
                throw new JsonFormatException("the integer does not fit 64 bits", start);
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw new JsonFormatException("unknown literal", at);
            }
            at += word.length();
            return value;
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new JsonFormatException("expected '" + c + "', found " + describe(peek()), at);
            }
            at++;
        }

        private char peek() {
            if (at >= text.length()) {
                throw new JsonFormatException("the text ends too early", at);
            }
            return text.charAt(at);
        }

        private char peekOrEnd() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private static String describe(char c) {
            return Character.isWhitespace(c) ? "white space" : "'" + c + "'";
        }
    }
}
