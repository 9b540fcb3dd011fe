package org.bianmin.audit.internal.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads canonical JSON ({@link CanonicalJson}) straight from UTF-8 bytes, in one pass: it refuses
 * every byte sequence that is not the one canonical spelling of its value (white space, key
 * order, escapes, number forms, malformed UTF-8), naming the offence and its byte offset. It
 * builds the values only when asked, so that checking an export line costs little more than
 * reading it.
 */
public final class CanonicalReader {
    private static final int MAX_DEPTH = 32;

    private final byte[] bytes;
    private final int end;
    private final boolean build;
    private int at;

    /** A reader of {@code bytes[from, to)}; {@code build} says whether to build the values. */
    public CanonicalReader(byte[] bytes, int from, int to, boolean build) {
        this.bytes = bytes;
        this.at = from;
        this.end = to;
        this.build = build;
    }

    /** Where the reader stands. */
    public int position() {
        return at;
    }

    /** Whether all bytes were read. */
    public boolean atEnd() {
        return at == end;
    }

    /** Fails unless all bytes were read. */
    public void requireEnd() {
        if (at < end) {
            throw new JsonFormatException("unexpected text after the JSON value (white space is not canonical)", at);
        }
    }

    /** Reads one value (null for JSON null, or when not building). */
    public Object value() {
        return value(0);
    }

    /** Whether the next bytes are exactly {@code ascii}; if so, skips them. */
    public boolean skip(String ascii) {
        int length = ascii.length();
        if (end - at < length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        at += length;
        return true;
    }

    /** The next byte, or -1 at the end. */
    public int peekByte() {
        return at < end ? bytes[at] & 0xFF : -1;
    }

    /** Reads one value nested {@code depth} levels deep (for the depth limit). */
    public Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new JsonFormatException("nested deeper than " + MAX_DEPTH + " levels", at);
        }
        int c = peek();
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new JsonFormatException(describe(c) + " cannot start a value", at);
        }
    }

    private Map<String, Object> object(int depth) {
        at++;
        Map<String, Object> members = build ? new LinkedHashMap<>() : null;
        if (peek() == '}') {
            at++;
            return members;
        }
        int previousStart = -1;
        int previousEnd = -1;
        while (true) {
            if (peek() != '"') {
                throw new JsonFormatException("expected a member name, found " + describe(peek()), at);
            }
            int keyAt = at;
            Object key = string();
            int keyEnd = at;
            if (previousStart >= 0) {
                int order = compareKeys(previousStart + 1, previousEnd - 1, keyAt + 1, keyEnd - 1);
                if (order >= 0) {
                    String name = new String(bytes, keyAt + 1, keyEnd - keyAt - 2, StandardCharsets.UTF_8);
                    throw new JsonFormatException(order == 0 ? "duplicate member \"" + name + "\""
                            : "member \"" + name + "\" is out of order (keys must be sorted)", keyAt);
                }
            }
            previousStart = keyAt;
            previousEnd = keyEnd;
            if (peek() != ':') {
                throw new JsonFormatException("expected ':', found " + describe(peek()), at);
            }
            at++;
            Object member = value(depth + 1);
            if (build) {
                members.put((String) key, member);
            }
            if (closes('}')) {
                return members;
            }
        }
    }

    private List<Object> array(int depth) {
        at++;
        List<Object> items = build ? new ArrayList<>() : null;
        if (peek() == ']') {
            at++;
            return items;
        }
        while (true) {
            Object item = value(depth + 1);
            if (build) {
                items.add(item);
            }
            if (closes(']')) {
                return items;
            }
        }
    }

    /** After a member or an item: true past the closing bracket, false past a comma, else the error. */
    private boolean closes(char close) {
        int next = peek();
        at++;
        if (next == close) {
            return true;
        }
        if (next != ',') {
            throw new JsonFormatException("expected ',' or '" + close + "', found " + describe(next), at - 1);
        }
        return false;
    }

    /**
     * Reads a string; returns it when building, else null. Checks UTF-8 (RFC 3629: no overlong
     * forms, no surrogates) and that only the canonical escapes are used.
     */
    public String string() {
        at++;
        int start = at;
        ByteArrayOutputStream escaped = null;
        while (true) {
            if (at >= end) {
                throw new JsonFormatException("unterminated string", at);
            }
            int c = bytes[at] & 0xFF;
            if (c == '"') {
                at++;
                if (!build) {
                    return null;
                }
                if (escaped == null) {
                    return new String(bytes, start, at - 1 - start, StandardCharsets.UTF_8);
                }
                escaped.write(bytes, start, at - 1 - start);
                return escaped.toString(StandardCharsets.UTF_8);
            }
            if (c < 0x20) {
                throw new JsonFormatException("control character U+" + String.format("%04X", c) + " must be escaped", at);
            }
            if (c == '\\') {
                if (escaped == null) {
                    escaped = new ByteArrayOutputStream();
                }
                escaped.write(bytes, start, at - start);
                escaped.write(escape());
                start = at;
            } else if (c < 0x80) {
                at++;
            } else {
                utf8(c);
            }
        }
    }

    private void utf8(int lead) {
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                low = 0xA0;
            } else if (lead == 0xED) {
                high = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                low = 0x90;
            } else if (lead == 0xF4) {
                high = 0x8F;
            }
        } else {
            throw new JsonFormatException("the text is not UTF-8", at);
        }
        if (at + length > end) {
            throw new JsonFormatException("the text is not UTF-8", at);
        }
        int second = bytes[at + 1] & 0xFF;
        if (second < low || second > high) {
            throw new JsonFormatException("the text is not UTF-8", at);
        }
        for (int i = 2; i < length; i++) {
            int next = bytes[at + i] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                throw new JsonFormatException("the text is not UTF-8", at);
            }
        }
        at += length;
    }

    private int escape() {
        int escapeAt = at;
        if (at + 1 >= end) {
            throw new JsonFormatException("unterminated escape", at);
        }
        int c = bytes[at + 1] & 0xFF;
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
                if (at + 4 > end) {
                    throw new JsonFormatException("unterminated \\u escape", escapeAt);
                }
                String hex = new String(bytes, at, 4, StandardCharsets.ISO_8859_1);
                at += 4;
                if (!hex.startsWith("00") || !isLowerHex(hex)) {
                    throw new JsonFormatException("\\u" + hex + " is not canonical: only control characters"
                            + " are escaped, as \\u00xx in lowercase", escapeAt);
                }
                int decoded = Integer.parseInt(hex, 16);
                if (decoded >= 0x20 || decoded == '\b' || decoded == '\f' || decoded == '\n' || decoded == '\r'
                        || decoded == '\t') {
                    throw new JsonFormatException("\\u" + hex + " is not canonical: use the character itself"
                            + " or its short escape", escapeAt);
                }
                return decoded;
            default:
                throw new JsonFormatException("\\" + (char) c + " is not a canonical escape", escapeAt);
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

    /**
     * Compares two keys (their canonical spellings, already checked) in the order of their UTF-16
     * code units ({@link String#compareTo}). For keys without escapes the UTF-8 bytes give that
     * order, except between a character of U+E000–U+FFFF and a supplementary one, whose
     * surrogates sort before U+E000. An escape ({@code \n}, {@code \}{@code u001f}, {@code \"}, ...)
     * spells its character with bytes that sort elsewhere, so keys with one are compared as text.
     */
    private int compareKeys(int aFrom, int aTo, int bFrom, int bTo) {
        if (hasEscape(aFrom, aTo) || hasEscape(bFrom, bTo)) {
            return unescaped(aFrom, aTo).compareTo(unescaped(bFrom, bTo));
        }
        int length = Math.min(aTo - aFrom, bTo - bFrom);
        for (int i = 0; i < length; i++) {
            int x = bytes[aFrom + i] & 0xFF;
            int y = bytes[bFrom + i] & 0xFF;
            if (x != y) {
                if (x >= 0xEE && x <= 0xEF && y >= 0xF0) {
                    return 1;
                }
                if (y >= 0xEE && y <= 0xEF && x >= 0xF0) {
                    return -1;
                }
                return x - y;
            }
        }
        return (aTo - aFrom) - (bTo - bFrom);
    }

    private boolean hasEscape(int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The characters of a checked canonical string's content {@code bytes[from, to)}. */
    private String unescaped(int from, int to) {
        String spelled = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder(spelled.length());
        for (int i = 0; i < spelled.length(); i++) {
            char c = spelled.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = spelled.charAt(++i);
            switch (escaped) {
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    text.append((char) Integer.parseInt(spelled, i + 1, i + 5, 16));
                    i += 4;
                }
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }

    /** Reads an integer within ±(2^53−1) (as {@link Long}, also when not building). */
    public Long number() {
        int start = at;
        if (peekOrZero() == '-') {
            at++;
        }
        int digits = at;
        long value = 0;
        boolean overflow = false;
        while (at < end && bytes[at] >= '0' && bytes[at] <= '9') {
            int digit = bytes[at] - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                overflow = true;
            }
            value = value * 10 + digit;
            at++;
        }
        if (at == digits) {
            throw new JsonFormatException("a number needs digits", start);
        }
        if (bytes[digits] == '0' && at - digits > 1) {
            throw new JsonFormatException("a number must not have leading zeros", start);
        }
        int next = peekOrZero();
        if (next == '.' || next == 'e' || next == 'E') {
            throw new JsonFormatException("only integers are canonical", start);
        }
        boolean negative = digits > start;
        if (negative && at - digits == 1 && bytes[digits] == '0') {
            throw new JsonFormatException("-0 is not canonical, write 0", start);
        }
        if (overflow) {
            throw new JsonFormatException("the integer does not fit 64 bits", start);
        }
        if (value > CanonicalJson.MAX_INTEGER) {
            throw new JsonFormatException("the integer lies outside ±(2^53−1), where RFC 8785 numbers are exact",
                    start);
        }
        return negative ? -value : value;
    }

    private Object literal(String word, Object value) {
        if (!skip(word)) {
            throw new JsonFormatException("unknown literal", at);
        }
        return value;
    }

    private int peek() {
        if (at >= end) {
            throw new JsonFormatException("the text ends too early", at);
        }
        return bytes[at] & 0xFF;
    }

    private int peekOrZero() {
        return at < end ? bytes[at] & 0xFF : 0;
    }

    private static String describe(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' ? "white space"
                : c < 0x20 || c >= 0x7F ? String.format("byte 0x%02x", c) : "'" + (char) c + "'";
    }
}
