package org.bianmin.rest.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bianmin.core.BianminException;

/**
 * A request's query as RFC 3986 §3.4 and §2.1 want it: ASCII, every other octet percent-encoded, and
 * every percent-encoding UTF-8. curl sends a URL typed with a Chinese case number (泸兴审〔2026〕1号) as
 * raw UTF-8 octets; {@link #encoded} percent-encodes them, so the value reaches the resource as typed.
 * {@link #refusal} names the parameter whose percent-encoding is broken ({@code %E6%B3}) and says how to send it.
 */
public final class QueryString {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QueryString() {
    }

    /**
     * {@code query} with its non-ASCII octets percent-encoded. The container reads the request line as
     * ISO-8859-1 (each octet a char) or as UTF-8; the chars are taken as octets when they are UTF-8.
     */
    public static String encoded(String query) {
        if (query.chars().allMatch(c -> c < 0x80)) {
            return query;
        }
        byte[] octets = query.chars().allMatch(c -> c <= 0xFF) && utf8(query.getBytes(StandardCharsets.ISO_8859_1))
                .isPresent() ? query.getBytes(StandardCharsets.ISO_8859_1) : query.getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(octets.length * 3);
        for (byte octet : octets) {
            if (octet >= 0) {
                encoded.append((char) octet);
            } else {
                encoded.append('%').append(HEX[(octet >> 4) & 0xF]).append(HEX[octet & 0xF]);
            }
        }
        return encoded.toString();
    }

    /** The refusal of the first parameter of an {@link #encoded} query that does not decode as UTF-8. */
    public static Optional<BianminException> refusal(String query) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (decoded(name).isEmpty() || decoded(value).isEmpty()) {
                String shown = decoded(name).orElse(name);
                return Optional.of(BianminException.invalid("query parameter '" + shown + "' is not percent-encoded "
                        + "UTF-8 (RFC 3986 §2.1): '" + pair + "'; send it percent-encoded, with curl as --url-query '"
                        + shown + "=…' (curl 7.87 or newer) or -G --data-urlencode '" + shown + "=…'"));
            }
        }
        return Optional.empty();
    }

    /** The text of a percent-encoded part, empty when an escape is cut short or the octets are not UTF-8. */
    private static Optional<String> decoded(String part) {
        ByteArrayOutputStream octets = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(part.charAt(i + 1), 16);
                int low = Character.digit(part.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                octets.write(high << 4 | low);
                i += 2;
            } else {
                octets.write(c == '+' ? ' ' : c);
            }
        }
        return utf8(octets.toByteArray());
    }

    private static Optional<String> utf8(byte[] octets) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
