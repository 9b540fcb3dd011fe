package org.bianmin.seal.internal.sealing;

import java.util.Locale;
import org.bianmin.seal.internal.ofd.OfdFormatException;

/**
 * A rectangle in millimetres, OFD's {@code ST_Box} (GB/T 33190-2016: "x y width height",
 * origin at the top-left, y growing downwards).
 */
record Box(double x, double y, double width, double height) {

    /** Reads an {@code ST_Box}; {@code what} names it in messages. */
    static Box parse(String text, String what) throws OfdFormatException {
        double[] n = Numbers.parse(text, what);
        if (n.length != 4 || !(n[2] > 0) || !(n[3] > 0)) {
            throw new OfdFormatException(what + " is not a box 'x y width height' with a positive size: '"
                    + text + "'");
        }
        return new Box(n[0], n[1], n[2], n[3]);
    }

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    /** The box of the same size centred on ({@code cx}, {@code cy}). */
    static Box centredOn(double cx, double cy, double width, double height) {
        return new Box(cx - width / 2, cy - height / 2, width, height);
    }

    /** The {@code ST_Box} text, to a hundredth of a millimetre. */
    String text() {
        return String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f", x, y, width, height);
    }

    /** Numbers of an OFD array ({@code ST_Array}), separated by white space. */
    static final class Numbers {
        private Numbers() {
        }

        static double[] parse(String text, String what) throws OfdFormatException {
            if (text == null || text.isBlank()) {
                throw new OfdFormatException(what + " is missing");
            }
            String[] parts = text.strip().split("\\s+");
            double[] out = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                out[i] = number(parts[i], what);
            }
            return out;
        }

        static double number(String token, String what) throws OfdFormatException {
            try {
                double value = Double.parseDouble(token);
                if (Double.isFinite(value) && token.length() <= 32) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // falls through to the refusal
            }
            throw new OfdFormatException(what + ": '" + token + "' is not a number");
        }
    }
}
