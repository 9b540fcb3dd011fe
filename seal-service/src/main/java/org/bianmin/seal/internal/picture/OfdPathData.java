package org.bianmin.seal.internal.picture;

import org.bianmin.internal.text.Markup;
import org.bianmin.seal.internal.ofd.OfdFormatException;

/**
 * A path's outline (GB/T 33190-2016 §9.1, AbbreviatedData, Tables 35 and 36) as SVG path data.
 * The operators and their operands: {@code S x y} start a subpath and {@code M x y} move (both SVG
 * {@code M}), {@code L x y} line, {@code Q x1 y1 x2 y2} quadratic Bézier, {@code B x1 y1 x2 y2 x3 y3}
 * cubic Bézier (SVG {@code C}), {@code A rx ry angle large sweep x y} elliptical arc (as SVG's),
 * {@code C} close (SVG {@code Z}). Every operand must be a plain decimal number; anything else —
 * an unknown operator, a missing operand, more than the budget's commands — refuses the picture.
 */
final class OfdPathData {
    private OfdPathData() {
    }

    /** The SVG {@code d} attribute of {@code data}, counting its commands against {@code budget}. */
    static String svg(String data, DrawingBudget budget) throws OfdFormatException {
        budget.pathData(data.length());
        String[] tokens = OfdNumbers.tokens(data);
        StringBuilder d = new StringBuilder(tokens.length * 8);
        int i = 0;
        while (i < tokens.length) {
            String operator = tokens[i++];
            budget.pathCommand();
            int operands = switch (operator) {
                case "S", "M", "L" -> 2;
                case "Q" -> 4;
                case "B" -> 6;
                case "A" -> 7;
                case "C" -> 0;
                default -> throw new OfdFormatException("path data: unknown operator '" + OfdNumbers.printable(operator) + "'");
            };
            if (i + operands > tokens.length) {
                throw new OfdFormatException("path data: '" + operator + "' needs " + operands + " numbers");
            }
            if (d.length() > 0) {
                d.append(' ');
            }
            d.append(switch (operator) {
                case "S" -> "M";
                case "B" -> "C";
                case "C" -> "Z";
                default -> operator;
            });
            for (int k = 0; k < operands; k++) {
                double value = OfdNumbers.number(tokens[i + k], "path data '" + operator + "'");
                if (operator.equals("A") && (k == 3 || k == 4) && value != 0 && value != 1) {
                    throw new OfdFormatException("path data: an arc's large and sweep flags are 0 or 1");
                }
                d.append(' ').append(Markup.number(value));
            }
            i += operands;
        }
        return d.toString();
    }
}
