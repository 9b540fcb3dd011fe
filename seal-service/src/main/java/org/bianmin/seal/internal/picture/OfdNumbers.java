package org.bianmin.seal.internal.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bianmin.seal.internal.ofd.OfdFormatException;

/**
 * The numeric types of GB/T 33190-2016 Table 2 (basic data types): ST_Array (numbers separated by white
 * space), ST_Box ({@code x y width height}) and ST_Pos, as a picture reads them. Only plain decimal
 * numbers are numbers here — Java's "NaN", "Infinity", hexadecimal or suffixed forms are refused —
 * and every coordinate lies within ±{@value #MAX_MAGNITUDE} mm, so nothing drawn can overflow or
 * hide an absurd extent.
 */
final class OfdNumbers {
    /** The largest magnitude of a coordinate or size, in millimetres (a seal is a few centimetres). */
    static final double MAX_MAGNITUDE = 100_000;

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d{1,12}(\\.\\d{0,12})?|\\.\\d{1,12})([eE][-+]?\\d{1,3})?");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private OfdNumbers() {
    }

    /** One number; {@code what} names it for the message. */
    static double number(String text, String what) throws OfdFormatException {
        String token = text == null ? "" : text.strip();
        if (!DECIMAL.matcher(token).matches()) {
            throw new OfdFormatException(what + ": '" + printable(token) + "' is not a number");
        }
        double value = Double.parseDouble(token);
        if (Math.abs(value) > MAX_MAGNITUDE) {
            throw new OfdFormatException(what + ": " + printable(token) + " is beyond ±" + (long) MAX_MAGNITUDE);
        }
        return value;
    }

    /** An optional number: {@code fallback} when the attribute is absent. */
    static double number(String text, double fallback, String what) throws OfdFormatException {
        return text == null || text.isBlank() ? fallback : number(text, what);
    }

    /** The white-space separated tokens of {@code text} (none for null or blank). */
    static String[] tokens(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? new String[0] : SPACE.split(stripped);
    }

    /** An ST_Array of exactly {@code count} numbers. */
    static double[] array(String text, int count, String what) throws OfdFormatException {
        String[] tokens = tokens(text);
        if (tokens.length != count) {
            throw new OfdFormatException(what + ": " + count + " numbers expected, found " + tokens.length);
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = number(tokens[i], what);
        }
        return values;
    }

    /** An ST_Box: four numbers, width and height not negative. */
    static double[] box(String text, String what) throws OfdFormatException {
        double[] box = array(text, 4, what);
        if (box[2] < 0 || box[3] < 0) {
            throw new OfdFormatException(what + ": a negative width or height");
        }
        return box;
    }

    /**
     * The glyph offsets of a TextCode's DeltaX or DeltaY (GB/T 33190-2016 §11.3, Table 46): numbers,
     * where {@code g n d} stands for {@code n} times {@code d}. At most {@code max} offsets are kept.
     */
    static List<Double> deltas(String text, int max, String what) throws OfdFormatException {
        String[] tokens = tokens(text);
        List<Double> deltas = new ArrayList<>();
        for (int i = 0; i < tokens.length && deltas.size() < max; i++) {
            if (tokens[i].equals("g")) {
                if (i + 2 >= tokens.length) {
                    throw new OfdFormatException(what + ": 'g' without its count and value");
                }
                double repeat = number(tokens[i + 1], what);
                double delta = number(tokens[i + 2], what);
                if (repeat < 0 || repeat != Math.rint(repeat)) {
                    throw new OfdFormatException(what + ": 'g " + tokens[i + 1] + "' is not a count");
                }
                for (long n = 0; n < repeat && deltas.size() < max; n++) {
                    deltas.add(delta);
                }
                i += 2;
            } else {
                deltas.add(number(tokens[i], what));
            }
        }
        return deltas;
    }

    /** {@code text} for a message: control characters replaced, at most 40 characters. */
    static String printable(String text) {
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}
