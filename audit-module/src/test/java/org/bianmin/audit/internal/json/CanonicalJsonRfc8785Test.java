package org.bianmin.audit.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published RFC 8785 test vectors that lie within the profile (see {@code rfc8785/README.md}
 * beside this class's resources for their source): each input, read by a general JSON parser,
 * must be written as exactly the bytes of its published output, and those bytes must parse back.
 */
class CanonicalJsonRfc8785Test {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"arrays", "french", "simpleString", "structures", "unicode", "weird", "rfc8785-sorting"})
    void writesThePublishedOutput(String name) throws IOException {
        Object value = profileValue(JSON.readValue(resource("input/" + name + ".json"), Object.class));
        byte[] expected = resource("output/" + name + ".json");

        assertArrayEquals(expected, CanonicalJson.write(value).getBytes(StandardCharsets.UTF_8),
                () -> "expected " + new String(expected, StandardCharsets.UTF_8) + " but wrote " + CanonicalJson.write(value));
        assertEquals(value, CanonicalJson.parse(expected, 0, expected.length));
    }

    /** A value read by Jackson as the profile's types: integral numbers as {@link Long}. */
    private static Object profileValue(Object read) {
        if (read instanceof Map<?, ?> map) {
            Map<String, Object> members = new LinkedHashMap<>();
            map.forEach((key, member) -> members.put((String) key, profileValue(member)));
            return members;
        }
        if (read instanceof List<?> list) {
            List<Object> elements = new ArrayList<>();
            list.forEach(element -> elements.add(profileValue(element)));
            return elements;
        }
        if (read instanceof Integer || read instanceof Long) {
            return ((Number) read).longValue();
        }
        if (read instanceof Double number) {
            long integer = number.longValue();
            if (integer != number || Math.abs(integer) > CanonicalJson.MAX_INTEGER) {
                throw new IllegalArgumentException(number + " is outside the profile");
            }
            return integer;
        }
        return read;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = CanonicalJsonRfc8785Test.class.getResourceAsStream("rfc8785/" + path)) {
            assertNotNull(in, path);
            return in.readAllBytes();
        }
    }
}
