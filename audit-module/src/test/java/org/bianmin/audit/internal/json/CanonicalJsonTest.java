package org.bianmin.audit.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void writesSortedKeysWithoutWhiteSpace() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("seal", "SEAL-001");
        value.put("actor", "li");
        value.put("count", 3L);
        value.put("list", List.of(true, false, "x"));
        value.put("none", null);
        assertEquals("{\"actor\":\"li\",\"count\":3,\"list\":[true,false,\"x\"],\"none\":null,\"seal\":\"SEAL-001\"}",
                CanonicalJson.write(value));
    }

    @Test
    void escapesOnlyWhatMustBeEscaped() {
        String text = "引号\"斜杠\\/换行\n制表\t\u0001\u007f😀";
        String json = CanonicalJson.write(text);
        assertEquals("\"引号\\\"斜杠\\\\/换行\\n制表\\t\\u0001\u007f😀\"", json);
        assertEquals(text, CanonicalJson.parse(json));
    }

    @Test
    void keysAreOrderedByUtf16CodeUnits() {
        // U+FF21 sorts after U+1F600's high surrogate U+D83D in UTF-16, before it in code points
        Map<String, Object> value = Map.of("\uff21", "1", "😀", "2");
        String json = CanonicalJson.write(value);
        assertEquals("{\"😀\":\"2\",\"\uff21\":\"1\"}", json);
        assertEquals(value, CanonicalJson.parse(json));
    }

    @Test
    void keysWithEscapesAreReadInTheOrderOfTheirCharacters() {
        // the escapes' bytes sort elsewhere than their characters: "\r" is U+000D, before "1", yet
        // its backslash (0x5C) comes after '1' (0x31); RFC 8785 section 3.2.3 has "\r" first
        for (String canonical : List.of("{\"\\r\":\"Carriage Return\",\"1\":\"One\"}",
                "{\"\\n\":1,\"\\f\":2}", "{\"\\u0001\":1,\"\\b\":2}", "{\"\\\"\":1,\"#\":2}",
                "{\"a\\t\":1,\"a \":2}")) {
            assertEquals(canonical, CanonicalJson.write(CanonicalJson.parse(canonical)));
        }
        for (String disordered : List.of("{\"1\":\"One\",\"\\r\":\"Carriage Return\"}", "{\"\\f\":1,\"\\n\":2}")) {
            assertTrue(assertThrows(JsonFormatException.class, () -> CanonicalJson.parse(disordered))
                    .getMessage().contains("out of order"), disordered);
        }
    }

    @Test
    void parsesWhatItWrites() {
        String json = "{\"a\":[1,-2,0,9007199254740991,-9007199254740991],\"b\":{\"c\":\"\\u001f\"},\"d\":false}";
        assertEquals(json, CanonicalJson.write(CanonicalJson.parse(json)));
    }

    @Test
    void writesNoIntegerBeyondTheProfile() {
        // 2^53 is where RFC 8785's doubles stop holding every integer: 2^63-1 would be written 9223372036854776000
        for (long outside : new long[] {9007199254740992L, -9007199254740992L, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(List.of(outside)))
                    .getMessage().contains("outside ±(2^53−1)"));
        }
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a":"2}                          | unterminated
            {"b":"1","a":"2"}                 | out of order
            {"a":"1","a":"2"}                 | duplicate member
            { "a":"1"}                        | member name
            {"a": "1"}                        | cannot start a value
            {"a":"\\u0041"}                   | not canonical
            {"a":"\\u001F"}                   | lowercase
            {"a":"\\u000a"}                   | short escape
            {"a":"\\/"}                       | not a canonical escape
            {"a":01}                          | leading zeros
            {"a":-0}                          | -0
            {"a":1.5}                         | only integers
            {"a":1e3}                         | only integers
            {"a":99999999999999999999}        | 64 bits
            {"a":9007199254740992}            | outside ±(2^53−1)
            {"a":-9007199254740992}           | outside ±(2^53−1)
            {"a":9223372036854775807}         | outside ±(2^53−1)
            {"a":tru}                         | unknown literal
            {"a":"1",}                        | member name
            [1,2                              | ends too early
            """)
    void refusesEveryOtherSpelling(String text, String problem) {
        JsonFormatException failure = assertThrows(JsonFormatException.class, () -> CanonicalJson.parse(text));
        assertTrue(failure.getMessage().contains(problem), failure.getMessage());
    }

    @Test
    void refusesRawControlCharactersAndLoneSurrogates() {
        assertTrue(assertThrows(JsonFormatException.class, () -> CanonicalJson.parse("\"a\tb\""))
                .getMessage().contains("must be escaped"));
        assertTrue(assertThrows(JsonFormatException.class, () -> CanonicalJson.parse("\"a\ud83db\""))
                .getMessage().contains("unpaired surrogate"));
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        for (byte[] invalid : List.of(new byte[] {'"', (byte) 0xff, '"'}, new byte[] {'"', (byte) 0xc0, (byte) 0x80, '"'},
                new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'}, new byte[] {'"', (byte) 0xe5, '"'})) {
            assertTrue(assertThrows(JsonFormatException.class, () -> CanonicalJson.parse(invalid, 0, invalid.length))
                    .getMessage().contains("not UTF-8"));
        }
        byte[] valid = "\"兴隆😀\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("兴隆😀", CanonicalJson.parse(valid, 0, valid.length));
    }

    @Test
    void refusesTrailingWhiteSpace() {
        assertTrue(assertThrows(JsonFormatException.class, () -> CanonicalJson.parse("{\"a\":\"1\"} "))
                .getMessage().contains("after the JSON value"));
    }

    @Test
    void refusesDeepNesting() {
        String deep = "[".repeat(40) + "]".repeat(40);
        assertTrue(assertThrows(JsonFormatException.class, () -> CanonicalJson.parse(deep))
                .getMessage().contains("nested deeper"));
    }

    @Test
    void parseObjectRefusesOtherValues() {
        assertThrows(JsonFormatException.class, () -> CanonicalJson.parseObject("[]"));
    }
}
