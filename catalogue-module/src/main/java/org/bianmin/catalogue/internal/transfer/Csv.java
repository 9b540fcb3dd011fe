package org.bianmin.catalogue.internal.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.csv.CsvInput;
import org.bianmin.internal.csv.CsvOutput;
import org.bianmin.internal.csv.CsvInput.Row;

/**
 * The catalogue's CSV tables: a header row, then one row per record, read by the shared
 * {@link CsvInput} (Jackson's CSV parser, formulas restored, each row with the line it starts on) and
 * written by the shared {@link CsvOutput} (formulas neutralised). Errors name the line and the column.
 */
final class Csv {
    private Csv() {
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
        List<Row> rows = CsvInput.rows(text);
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

    /**
     * The entries of a list cell (levels, townships, item codes), separated by 、 or a comma (, or ，),
     * each stripped; blank entries are skipped.
     */
    static List<String> entries(String text) {
        List<String> entries = new ArrayList<>();
        for (String part : text.split("[、,，]")) {
            if (!part.isBlank()) {
                entries.add(part.strip());
            }
        }
        return entries;
    }

    /**
     * The records of a table in the order read, each with its line and key (an item code, a bundle
     * code, a grant id); a key read again is refused with {@code error}, naming both lines.
     */
    static final class Records<T> {
        private final Map<String, Integer> lines = new HashMap<>();
        private final List<CsvLine<T>> records = new ArrayList<>();
        private final ErrorCode error;
        private final String what;

        /** @param what what the key is called in the message, e.g. "item code" */
        Records(ErrorCode error, String what) {
            this.error = error;
            this.what = what;
        }

        /** Adds {@code record}, named {@code key}, read on {@code line}; fails when the key was read before. */
        void add(int line, String key, T record) {
            Integer earlier = lines.putIfAbsent(key, line);
            if (earlier != null) {
                throw new BianminException(error, "line " + line + ": " + what + " " + key
                        + " is used again (first on line " + earlier + ")");
            }
            records.add(new CsvLine<>(line, key, record));
        }

        List<CsvLine<T>> list() {
            return records;
        }
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
