package org.bianmin.internal.csv;

/**
 * Spreadsheet formulas neutralised (CWE-1236, the OWASP "CSV injection" rule): a cell starting with
 * {@code = + - @}, a tab or a carriage return, which a spreadsheet would run as a formula, is written
 * with a leading apostrophe, so opening an export never runs what someone typed into a name or a note.
 * The apostrophe is added also before a cell that already starts with apostrophes and then one of
 * those characters, so {@link #restore} undoes exactly what {@link #neutralise} did and an export
 * imports back unchanged.
 */
final class FormulaCells {
    private static final String FORMULA = "=+-@\t\r";

    private FormulaCells() {
    }

    /** The cell as it is written: with an apostrophe before a formula; null stays null. */
    static String neutralise(String value) {
        return value != null && formula(value) ? "'" + value : value;
    }

    /** The cell as it was before {@link #neutralise}: the apostrophe before a formula taken off. */
    static String restore(String cell) {
        return cell != null && cell.startsWith("'") && formula(cell.substring(1)) ? cell.substring(1) : cell;
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
