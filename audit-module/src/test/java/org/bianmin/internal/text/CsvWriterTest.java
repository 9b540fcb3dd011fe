package org.bianmin.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared CSV writer: RFC 4180 quoting, formulas neutralised, and exactly undone on reading. */
class CsvWriterTest {
    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertEquals("\"a,\"\"b\"\"\"", CsvWriter.field("a,\"b\""));
        assertEquals("\"two\r\nlines\"", CsvWriter.field("two\r\nlines"));
        assertEquals("plain", CsvWriter.field("plain"));
        assertEquals("", CsvWriter.field(null));
    }

    @Test
    void neutralisesEveryFormulaCharacter() {
        assertEquals("'=HYPERLINK(1)", CsvWriter.field("=HYPERLINK(1)"));
        assertEquals("'+1", CsvWriter.field("+1"));
        assertEquals("'-1", CsvWriter.field("-1"));
        assertEquals("'@SUM(A1)", CsvWriter.field("@SUM(A1)"));
        assertEquals("\"'=A1,B1\"", CsvWriter.field("=A1,B1"));
        assertEquals("''=A1", CsvWriter.field("'=A1"));
        assertEquals("'quoted", CsvWriter.field("'quoted"));
    }

    @Test
    void restoreUndoesExactlyWhatFieldDid() {
        for (String value : List.of("=A1", "+1", "-1", "@x", "'=A1", "''@x", "'quoted", "'", "a=b", "")) {
            String written = CsvWriter.field(value);
            String unquoted = written.startsWith("\"") ? written.substring(1, written.length() - 1) : written;
            assertEquals(value, CsvWriter.restore(unquoted), written);
        }
    }

    @Test
    void recordEndsWithCrLf() {
        StringBuilder out = new StringBuilder();
        CsvWriter.record(out, Arrays.asList("a", null, "=b"));
        assertEquals("a,,'=b\r\n", out.toString());
    }
}
