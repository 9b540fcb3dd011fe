package org.bianmin.audit.internal.log;

import org.bianmin.audit.internal.json.CanonicalReader;
import org.bianmin.audit.internal.json.JsonFormatException;

/**
 * The verifier's fast check of one export line: that it is a canonical entry
 * ({@link EntryCodec#parse} accepts exactly the same lines), read in one pass over its bytes
 * without building values. Only the sequence number comes out. A line that fails is read again by
 * {@link EntryCodec#parse}, whose message names the offence.
 */
public final class EntryScanner {
    private EntryScanner() {
    }

    /** The sequence number of the entry in {@code line[from, to)}; fails when it is not a canonical entry. */
    public static long sequence(byte[] line, int from, int to) {
        long sequence = quick(line, from, to);
        if (sequence >= 0) {
            return sequence;
        }
        return EntryCodec.parse(line, from, to).sequence();
    }

    /** The sequence number, or -1 when the line needs the detailed reading. */
    private static long quick(byte[] line, int from, int to) {
        try {
            CanonicalReader reader = new CanonicalReader(line, from, to, false);
            if (!reader.skip("{\"actor\":") || !text(reader, line)
                    || !reader.skip(",\"payload\":") || reader.peekByte() != '{') {
                return -1;
            }
            reader.value(1);
            if (!reader.skip(",\"sequence\":") || reader.peekByte() == '-') {
                return -1;
            }
            long sequence = reader.number();
            if (!reader.skip(",\"subject\":") || !text(reader, line)
                    || !reader.skip(",\"time\":") || reader.peekByte() != '"') {
                return -1;
            }
            int time = reader.position();
            reader.string();
            if (reader.position() - time != 29 || !canonicalTime(line, time + 1)) {
                return -1;
            }
            if (!reader.skip(",\"type\":") || !text(reader, line) || !reader.skip("}") || !reader.atEnd()) {
                return -1;
            }
            return sequence;
        } catch (JsonFormatException e) {
            return -1;
        }
    }

    /** Reads a string; whether it holds a visible ASCII character (else the detailed reading decides). */
    private static boolean text(CanonicalReader reader, byte[] line) {
        if (reader.peekByte() != '"') {
            return false;
        }
        int start = reader.position();
        reader.string();
        for (int i = start + 1; i < reader.position() - 1; i++) {
            if (line[i] > ' ' && line[i] < 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} with a real date and time, from the byte after the quote. */
    private static boolean canonicalTime(byte[] line, int start) {
        String pattern = "dddd-dd-ddTdd:dd:dd.ddddddZ";
        for (int i = 0; i < pattern.length(); i++) {
            byte b = line[start + i];
            char p = pattern.charAt(i);
            if (p == 'd' ? b < '0' || b > '9' : b != p) {
                return false;
            }
        }
        int year = digits(line, start, 4);
        int month = digits(line, start + 5, 2);
        int day = digits(line, start + 8, 2);
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return false;
        }
        return digits(line, start + 11, 2) < 24 && digits(line, start + 14, 2) < 60 && digits(line, start + 17, 2) < 60;
    }

    private static int digits(byte[] line, int start, int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            value = value * 10 + line[start + i] - '0';
        }
        return value;
    }
}
