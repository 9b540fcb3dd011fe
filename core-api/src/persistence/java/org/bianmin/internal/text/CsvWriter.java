package org.bianmin.internal.text;

import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it (comma separated, CRLF after each record, fields with commas,
 * quotes or line breaks in double quotes, quotes doubled), with spreadsheet formulas neutralised: a
 * field that a spreadsheet would run as a formula, one starting with {@code = + - @}, is written
 * with a leading apostrophe, so opening an export never runs what someone typed into a name or a
 * note (CWE-1236). The apostrophe is added also before a field that already starts with apostrophes
 * and then a formula character, so {@link #restore} undoes exactly what {@link #field} did and an
 * export imports back unchanged.
 */
public final class CsvWriter {
    private static final String FORMULA = "=+-@";

    private CsvWriter() {
    }

    /** One field as it goes into a record: neutralised, and quoted when it needs to be; null is "". */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = formula(value) ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** Appends one record of {@link #field fields} and a CRLF. */
    public static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** A field's value as read back: the apostrophe {@link #field} put before a formula taken off. */
    public static String restore(String field) {
        return field != null && field.startsWith("'") && formula(field.substring(1)) ? field.substring(1) : field;
    }

    /** Whether {@code value}, after any leading apostrophes, starts with a formula character. */
    private static boolean formula(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && FORMULA.indexOf(value.charAt(i)) >= 0;
    }
}
