package org.bianmin.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;

/** The shared CSV writer and reader: RFC 4180 quoting, formulas neutralised, and exactly undone on reading. */
class CsvTest {
    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertEquals("\"a,\"\"b\"\"\"", field("a,\"b\""));
        assertEquals("\"two\r\nlines\"", field("two\r\nlines"));
        assertEquals("\"bare\nfeed\"", field("bare\nfeed"));
        assertEquals("plain", field("plain"));
        assertEquals("", field(null));
    }

    @Test
    void neutralisesEveryFormulaCharacter() {
        assertEquals("'=HYPERLINK(1)", field("=HYPERLINK(1)"));
        assertEquals("'+1", field("+1"));
        assertEquals("'-1", field("-1"));
        assertEquals("'@SUM(A1)", field("@SUM(A1)"));
        assertEquals("'\tx", field("\tx"));
        assertEquals("\"'\rx\"", field("\rx"));
        assertEquals("\"'=A1,B1\"", field("=A1,B1"));
        assertEquals("''=A1", field("'=A1"));
        assertEquals("'quoted", field("'quoted"));
    }

    @Test
    void readingUndoesExactlyWhatWritingDid() {
        List<String> values = List.of("=A1", "+1", "-1", "@x", "'=A1", "''@x", "'quoted", "'", "a=b", "", "\t1",
                "\r\n=x", "a,\"b\"", "two\r\nlines", "bare\nfeed", " spaced ");
        String written = new CsvOutput().record(values).text();
        assertEquals(List.of(new CsvInput.Row(1, values)), CsvInput.rows(written));
    }

    @Test
    void recordEndsWithCrLf() {
        assertEquals("a,,'=b\r\n", new CsvOutput().record(Arrays.asList("a", null, "=b")).text());
    }

    @Test
    void eachRowKnowsTheLineItStartsOnAndEmptyLinesAreSkipped() {
        List<CsvInput.Row> rows = CsvInput.rows("\uFEFFh1,h2\r\n\r\n\"two\r\nlines\",x\nlast,y");
        assertEquals(List.of(new CsvInput.Row(1, List.of("h1", "h2")), new CsvInput.Row(3, List.of("two\r\nlines", "x")),
                new CsvInput.Row(5, List.of("last", "y"))), rows);
    }

    @Test
    void refusesAQuotedFieldLeftOpenNamingItsLine() {
        BianminException e = assertThrows(BianminException.class, () -> CsvInput.rows("h\r\nok\r\n\"open,x\r\n"));
        assertEquals(ErrorCode.IMPORT_INVALID, e.code());
        assertTrue(e.getMessage().startsWith("line 3: "), e.getMessage());
    }

    @Test
    void refusesTextAfterAClosingQuoteNamingItsLine() {
        BianminException e = assertThrows(BianminException.class, () -> CsvInput.rows("h\r\n\"a\"b,c\r\n"));
        assertEquals(ErrorCode.IMPORT_INVALID, e.code());
        assertTrue(e.getMessage().startsWith("line 2: "), e.getMessage());
    }

    @Test
    void refusesMissingText() {
        assertEquals(ErrorCode.IMPORT_INVALID, assertThrows(BianminException.class, () -> CsvInput.rows(null)).code());
    }

    /** One field as it goes into a record: the record of that field alone, without its CRLF. */
    private static String field(String value) {
        String record = new CsvOutput().record(Arrays.asList(value)).text();
        return record.substring(0, record.length() - 2);
    }
}
