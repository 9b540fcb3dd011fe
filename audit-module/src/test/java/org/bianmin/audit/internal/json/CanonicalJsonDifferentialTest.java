package org.bianmin.audit.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/**
 * {@link CanonicalJson} against an independent RFC 8785 implementation (the reference Java port,
 * {@code org.erdtman.jcs}): random objects within the profile, from a fixed seed, are written by
 * Jackson as ordinary JSON (members in random order, non-ASCII escaped or not, indented or not),
 * canonicalised by the reference, and must come out byte for byte as {@link CanonicalJson#write}
 * writes them, and parse back to the same value.
 */
class CanonicalJsonDifferentialTest {
    private static final long SEED = 8785;
    private static final int VALUES = 20_000;
    private static final int MAX_DEPTH = 4;
    /** Names that share prefixes and straddle the surrogates, where UTF-16 and code point order differ. */
    private static final String[] NAMES = {"", "a", "aa", "b", "A", "1", "10", "\r", "\u0080", "\u00e9", "\u20ac",
        "\ud7ff", "\ue000", "\uff21", "\ufb33", "\ud83d\ude00", "\ud83d\ude02", "\ud800\udc00", "\udbff\udfff"};

    private static final JsonFactory PLAIN = JsonFactory.builder().build();
    private static final JsonFactory ASCII = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @Test
    void writesWhatTheReferenceImplementationWrites() throws IOException {
        Random random = new Random(SEED);
        for (int i = 0; i < VALUES; i++) {
            Map<String, Object> value = members(random, 0);
            String input = ordinaryJson(value, random);

            byte[] reference = new JsonCanonicalizer(input).getEncodedUTF8();
            String canonical = CanonicalJson.write(value);

            int index = i;
            assertArrayEquals(reference, canonical.getBytes(StandardCharsets.UTF_8), () -> "value " + index
                    + " from " + input + ": the reference wrote " + new String(reference, StandardCharsets.UTF_8)
                    + ", CanonicalJson wrote " + canonical);
            Object read = assertDoesNotThrow(() -> CanonicalJson.parse(canonical), () -> "value " + index + ": " + canonical);
            assertEquals(value, read, () -> "value " + index + ": " + canonical);
        }
    }

    private static Object value(Random random, int depth) {
        int kind = random.nextInt(depth < MAX_DEPTH ? 10 : 7);
        return switch (kind) {
            case 0, 1 -> text(random, 12);
            case 2, 3 -> integer(random);
            case 4 -> random.nextBoolean();
            case 5 -> null;
            case 6 -> text(random, 3);
            case 7 -> {
                List<Object> elements = new ArrayList<>();
                for (int n = random.nextInt(6); n > 0; n--) {
                    elements.add(value(random, depth + 1));
                }
                yield elements;
            }
            default -> members(random, depth);
        };
    }

    /** An object: the reference implementation canonicalises only those at the top. */
    private static Map<String, Object> members(Random random, int depth) {
        Map<String, Object> members = new HashMap<>();
        for (int n = random.nextInt(7); n > 0; n--) {
            String name = random.nextBoolean() ? NAMES[random.nextInt(NAMES.length)]
                    : NAMES[random.nextInt(NAMES.length)] + text(random, 3);
            members.put(name, value(random, depth + 1));
        }
        return members;
    }

    private static long integer(Random random) {
        long max = CanonicalJson.MAX_INTEGER;
        long magnitude = switch (random.nextInt(6)) {
            case 0 -> random.nextInt(101);
            case 1 -> max - random.nextInt(3);
            case 2 -> (long) Math.pow(10, random.nextInt(16));
            case 3 -> 1L << random.nextInt(53);
            case 4 -> random.nextLong(max + 1);
            default -> random.nextLong(1_000_000_000_000L);
        };
        return random.nextBoolean() ? magnitude : -magnitude;
    }

    /** A string of up to {@code maxLength} characters from every range the escaping rules treat apart. */
    private static String text(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
            int codePoint = switch (random.nextInt(8)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> "\"\\/\u007f".charAt(random.nextInt(4));
                case 2, 3 -> 0x20 + random.nextInt(0x5f);
                case 4 -> 0x80 + random.nextInt(0x80);
                case 5 -> {
                    int c = 0x100 + random.nextInt(0xfeff - 0x800);
                    yield c >= 0xd800 ? c + 0x800 : c;
                }
                case 6 -> "\u2028\u2029\ufeff\uffff\ufffd".charAt(random.nextInt(5));
                default -> 0x10000 + random.nextInt(0x100000);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** {@code value} as Jackson writes it, in one of the spellings JSON allows besides the canonical one. */
    private static String ordinaryJson(Object value, Random random) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = (random.nextBoolean() ? ASCII : PLAIN).createGenerator(out)) {
            if (random.nextBoolean()) {
                generator.useDefaultPrettyPrinter();
            }
            write(value, generator, random);
        }
        return out.toString();
    }

    private static void write(Object value, JsonGenerator generator, Random random) throws IOException {
        if (value instanceof Map<?, ?> map) {
            List<Map.Entry<?, ?>> members = new ArrayList<>(map.entrySet());
            Collections.shuffle(members, random);
            generator.writeStartObject();
            for (Map.Entry<?, ?> member : members) {
                generator.writeFieldName((String) member.getKey());
                write(member.getValue(), generator, random);
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                write(element, generator, random);
            }
            generator.writeEndArray();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Long integer) {
            generator.writeNumber(integer);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else {
            generator.writeNull();
        }
    }
}
