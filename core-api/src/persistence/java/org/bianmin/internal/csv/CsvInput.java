package org.bianmin.internal.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The records of a CSV text, read by Jackson's CSV parser (RFC 4180; UTF-8 text with an optional
 * byte-order mark), each with the line it starts on so that errors can name it, and each field with
 * the apostrophe {@link CsvOutput} put before a spreadsheet formula taken off again
 * ({@link FormulaCells}), so an export imports unchanged. Empty lines are skipped.
 */
public final class CsvInput {
    private static final CsvFactory FACTORY = CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** One record and the line (from 1) where it starts. */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    private CsvInput() {
    }

    /**
     * The records of {@code text}; fails with {@code IMPORT_INVALID} when the text is missing or not
     * CSV (a quoted field not closed, text after a closing quote), naming the line of the record.
     */
    public static List<Row> rows(String text) {
        if (text == null) {
            throw new BianminException(ErrorCode.IMPORT_INVALID, "the CSV text is missing");
        }
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        int line = 1;
        try (CsvParser parser = FACTORY.createParser(input)) {
            List<String> fields = new ArrayList<>();
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_ARRAY -> {
                        if (++depth == 2) {
                            line = parser.currentLocation().getLineNr();
                            fields.clear();
                        }
                    }
                    case END_ARRAY -> {
                        if (depth-- == 2 && !(fields.size() == 1 && fields.get(0).isEmpty())) {
                            rows.add(new Row(line, fields));
                        }
                    }
                    default -> fields.add(FormulaCells.restore(parser.getText()));
                }
            }
        } catch (JsonProcessingException e) {
            throw new BianminException(ErrorCode.IMPORT_INVALID, "line " + line + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
