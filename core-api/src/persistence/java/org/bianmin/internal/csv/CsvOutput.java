package org.bianmin.internal.csv;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A CSV document being written, record by record, by Jackson's CSV generator: RFC 4180 (comma
 * separated, CRLF after each record, a field with a comma, quote or line break in double quotes,
 * quotes doubled, nothing else quoted), every field's spreadsheet formula neutralised first
 * ({@link FormulaCells}); a null field is empty.
 *
 * <pre>{@code
 * CsvOutput csv = new CsvOutput().record(HEADERS);
 * rows.forEach(csv::record);
 * return csv.text();
 * }</pre>
 */
public final class CsvOutput {
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final StringWriter text = new StringWriter(4096);
    private final CsvGenerator generator;

    /** An empty document. */
    public CsvOutput() {
        try {
            generator = FACTORY.createGenerator(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        generator.setSchema(SCHEMA);
    }

    /** Appends one record of {@code fields}, formulas neutralised, and a CRLF. */
    public CsvOutput record(List<String> fields) {
        try {
            generator.writeStartArray();
            for (String field : fields) {
                write(field == null ? "" : FormulaCells.neutralise(field));
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Writes one field. Jackson's minimal quoting looks for the first character of the line
     * separator only (CR), so a field with a bare line feed is quoted by asking for quotes for it alone.
     */
    private void write(String field) throws IOException {
        boolean lineFeed = field.indexOf('\n') >= 0;
        if (lineFeed) {
            generator.enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
        }
        generator.writeString(field);
        if (lineFeed) {
            generator.disable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
        }
    }

    /** The records written so far. */
    public String text() {
        try {
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
