package org.bianmin.catalogue.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.text.CsvWriter;

/**
 * CSV as RFC 4180 describes it (comma separated, fields with commas, quotes or line breaks in double
 * quotes, quotes doubled), UTF-8 text with an optional byte-order mark. Each record remembers the line
 * it starts on, so errors can name it. Fields are written by {@link CsvWriter}, which neutralises
 * spreadsheet formulas, and read back with {@link CsvWriter#restore}, so an export imports unchanged.
 */
final class Csv {
    /** One record and the line (from 1) where it starts. */
    record Row(int line, List<String> fields) {
    }

    private Csv() {
    }

    static List<Row> parse(String text) {
        if (text == null) {
            throw new BianminException(ErrorCode.IMPORT_INVALID, "the CSV text is missing");
        }
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < input.length() && input.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    if (i < input.length() && ",\r\n".indexOf(input.charAt(i)) < 0) {
                        throw new BianminException(ErrorCode.IMPORT_INVALID, "line " + line
                                + ": a closing quote must end the field (found '" + input.charAt(i) + "')");
                    }
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                field.append(c);
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() > 0) {
                        throw new BianminException(ErrorCode.IMPORT_INVALID, "line " + line
                                + ": a quote inside an unquoted field; quote the whole field and double the quote");
                    }
                    quoted = true;
                    fieldStarted = true;
                }
                case ',' -> {
                    fields.add(CsvWriter.restore(field.toString()));
                    field.setLength(0);
                    fieldStarted = true;
                }
                case '\r', '\n' -> {
                    if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
                        fields.add(CsvWriter.restore(field.toString()));
                        rows.add(new Row(rowStart, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    fieldStarted = false;
                    line++;
                    rowStart = line;
                }
                default -> field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new BianminException(ErrorCode.IMPORT_INVALID, "line " + rowStart + ": a quoted field is not closed");
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(CsvWriter.restore(field.toString()));
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows;
    }

    /**
     * Appends one record and a CRLF, written by the shared {@link CsvWriter}: quoted where needed,
     * spreadsheet formulas neutralised.
     */
    static void write(StringBuilder out, List<String> fields) {
        CsvWriter.record(out, fields);
    }

    /**
     * The data rows of a CSV table whose first row must be {@code headers}; blank lines are skipped and
     * every row must have as many cells as there are headers.
     */
    static List<Row> table(String text, List<String> headers) {
        return table(text, headers, headers.size());
    }

    /**
     * The data rows of a CSV table whose first row is {@code headers} or its first {@code required}
     * names (a file written before the later columns were added); every row must have as many cells as
     * its header row.
     */
    static List<Row> table(String text, List<String> headers, int required) {
        List<Row> rows = parse(text);
        if (rows.isEmpty()) {
            throw new BianminException(ErrorCode.IMPORT_INVALID, "line 1: the header row is missing");
        }
        List<String> names = rows.get(0).fields().stream().map(String::strip).toList();
        if (!names.equals(headers) && !names.equals(headers.subList(0, required))) {
            throw new BianminException(ErrorCode.IMPORT_INVALID, "line 1: the header row must be " + headers
                    + (required < headers.size() ? " (or its first " + required + " columns)" : "") + ", got " + names);
        }
        headers = headers.subList(0, names.size());
        List<Row> data = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
                continue;
            }
            if (row.fields().size() != headers.size()) {
                throw new BianminException(ErrorCode.IMPORT_INVALID, "line " + row.line() + ": expected "
                        + headers.size() + " columns, got " + row.fields().size());
            }
            data.add(row);
        }
        return data;
    }

    /** The cells of one row; a failure names the line and the column. */
    record Cells(Row row, List<String> headers) {
        /** Whether the row has the column (files written before later columns were added do not). */
        boolean has(int column) {
            return column < row.fields().size();
        }

        String text(int column) {
            String value = row.fields().get(column);
            return value.isBlank() ? null : value.strip();
        }

        <T> T parse(int column, java.util.function.Function<String, T> parser) {
            String value = row.fields().get(column);
            try {
                return parser.apply(value.strip());
            } catch (BianminException e) {
                ErrorCode code = e.code() == ErrorCode.INVALID_ARGUMENT ? ErrorCode.IMPORT_INVALID : e.code();
                throw new BianminException(code, "line " + row.line() + ", column " + headers.get(column) + ": "
                        + e.getMessage(), e);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw new BianminException(ErrorCode.IMPORT_INVALID, "line " + row.line() + ", column "
                        + headers.get(column) + ": " + e.getMessage(), e);
            }
        }

        /** Builds the row's record; a validation failure names the line. */
        <T> T build(java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (BianminException e) {
                ErrorCode code = e.code() == ErrorCode.INVALID_ARGUMENT ? ErrorCode.IMPORT_INVALID : e.code();
                throw new BianminException(code, "line " + row.line() + ": " + e.getMessage(), e);
            }
        }
    }
}
