package org.bianmin.seal.internal.picture;

import java.util.Locale;
import org.bianmin.internal.text.Markup;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.XmlElement;

/**
 * A colour of a drawing (GB/T 33190-2016 §8.3, 颜色: CT_Color) as SVG paints it: the
 * {@code Value} components in the {@code ColorSpace} it names (GRAY, RGB or CMYK, each component
 * decimal or {@code #}hex, scaled from its bits per component) and the {@code Alpha} 0–255.
 * Patterns, shadings and palette indexes are not drawn; such a colour reads as absent.
 *
 * @param rgb     the colour as {@code #rrggbb}
 * @param opacity 0–1
 */
record OfdColour(String rgb, double opacity) {
    static final OfdColour BLACK = new OfdColour("#000000", 1);

    /** The colour of a FillColor or StrokeColor element, or {@code fallback} when it has no Value. */
    static OfdColour of(XmlElement colour, OfdResources resources, OfdColour fallback) throws OfdFormatException {
        if (colour == null || colour.attribute("Value") == null) {
            return fallback;
        }
        OfdResources.ColourSpace space = resources.colourSpace(colour.attribute("ColorSpace"));
        String[] tokens = OfdNumbers.tokens(colour.attribute("Value"));
        double max = (1 << space.bitsPerComponent()) - 1;
        double[] c = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            c[i] = Math.min(1, Math.max(0, component(tokens[i]) / max));
        }
        double alpha = OfdNumbers.number(colour.attribute("Alpha"), 255, "colour Alpha");
        double opacity = Math.min(1, Math.max(0, alpha / 255));
        return switch (space.type().toUpperCase(Locale.ROOT)) {
            case "GRAY" -> rgb(c, 1, opacity, c.length == 1 ? new double[] {c[0], c[0], c[0]} : null);
            case "CMYK" -> rgb(c, 4, opacity, c.length == 4 ? new double[] {
                (1 - c[0]) * (1 - c[3]), (1 - c[1]) * (1 - c[3]), (1 - c[2]) * (1 - c[3])} : null);
            default -> rgb(c, 3, opacity, c.length == 3 ? c : null);
        };
    }

    private static OfdColour rgb(double[] components, int expected, double opacity, double[] rgb)
            throws OfdFormatException {
        if (rgb == null) {
            throw new OfdFormatException("a colour has " + components.length + " components where its colour space has "
                    + expected);
        }
        return new OfdColour(String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(rgb[0] * 255),
                Math.round(rgb[1] * 255), Math.round(rgb[2] * 255)), opacity);
    }

    private static double component(String token) throws OfdFormatException {
        if (token.startsWith("#")) {
            String hex = token.substring(1);
            if (!hex.matches("[0-9A-Fa-f]{1,4}")) {
                throw new OfdFormatException("colour component '" + token + "' is not hexadecimal");
            }
            return Integer.parseInt(hex, 16);
        }
        return OfdNumbers.number(token, "colour component");
    }

    /** The SVG paint attributes for fill or stroke: {@code fill="#rrggbb"} and its opacity when below 1. */
    String paint(String property) {
        String paint = " " + property + "=\"" + rgb + "\"";
        return opacity < 1 ? paint + " " + property + "-opacity=\"" + Markup.number(opacity) + "\"" : paint;
    }
}
