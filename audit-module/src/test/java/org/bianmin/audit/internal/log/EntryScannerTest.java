package org.bianmin.audit.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bianmin.audit.internal.json.JsonFormatException;
import org.junit.jupiter.api.Test;

/** The fast check of export lines accepts exactly the lines the full reading accepts. */
class EntryScannerTest {
    private static final String LINE = EntryCodec.line(41, Instant.parse("2024-02-29T23:59:59.000001Z"), "li",
            "SEAL_USED", "LD-SEAL-1", EntryCodec.payload(Map.of("document", "d-1", "site", "兴隆镇", "x\ty", "")));

    @Test
    void agreesWithTheFullReadingOnEveryOneByteChange() {
        byte[] valid = LINE.getBytes(StandardCharsets.UTF_8);
        assertEquals(41, EntryScanner.sequence(valid, 0, valid.length));
        byte[] replacements = {' ', '"', '\\', '0', '9', '-', 'a', '{', '}', ',', ':', (byte) 0xff, '\t', 'Z'};
        int checked = 0;
        for (int i = 0; i < valid.length; i++) {
            for (byte replacement : replacements) {
                byte[] changed = valid.clone();
                changed[i] = replacement;
                assertAgree(changed);
                checked++;
            }
            byte[] shorter = new byte[valid.length - 1];
            System.arraycopy(valid, 0, shorter, 0, i);
            System.arraycopy(valid, i + 1, shorter, i, valid.length - i - 1);
            assertAgree(shorter);
        }
        assertEquals(valid.length * replacements.length, checked);
    }

    @Test
    void refusesLinesTheFullReadingRefuses() {
        for (String line : List.of(
                LINE.replace("2024-02-29", "2023-02-29"),
                LINE.replace("\"li\"", "\" \""),
                LINE.replace("23:59:59", "24:00:00"),
                LINE.replace("\"sequence\":41", "\"sequence\":-41"),
                LINE.replace("\"sequence\":41", "\"sequence\":041"),
                LINE.replace("{\"document\"", "[{\"document\"").replace("\"},\"sequence\"", "\"}],\"sequence\""))) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThrows(JsonFormatException.class, () -> EntryScanner.sequence(bytes, 0, bytes.length), line);
        }
    }

    private static void assertAgree(byte[] line) {
        String text = new String(line, StandardCharsets.UTF_8);
        Long full;
        try {
            full = EntryCodec.parse(line, 0, line.length).sequence();
        } catch (JsonFormatException | IllegalArgumentException e) {
            full = null;
        }
        Long fast;
        try {
            fast = EntryScanner.sequence(line, 0, line.length);
        } catch (JsonFormatException | IllegalArgumentException e) {
            fast = null;
        }
        assertEquals(full, fast, text);
    }
}
