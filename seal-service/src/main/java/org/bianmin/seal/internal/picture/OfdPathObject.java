package org.bianmin.seal.internal.picture;

import java.util.Locale;
import org.bianmin.internal.text.Markup;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.XmlElement;

/**
 * A PathObject (GB/T 33190-2016 §9.1, 图形对象, Table 35) as an SVG {@code <path>}: its
 * AbbreviatedData outline, stroked (default) with StrokeColor (default black) at LineWidth (default
 * 0.353 mm, §8.2) and filled when {@code Fill} is true with FillColor (default transparent) by the
 * non-zero or even-odd rule; Cap and Join as given.
 */
final class OfdPathObject {
    /** GB/T 33190-2016 §8.2: the default line width, 0.353 mm (one point). */
    static final double DEFAULT_LINE_WIDTH = 0.353;

    private OfdPathObject() {
    }

    static void draw(XmlElement path, OfdResources resources, DrawingBudget budget, StringBuilder svg)
            throws OfdFormatException {
        String data = path.childText("AbbreviatedData");
        if (data == null || data.isBlank()) {
            return;
        }
        String d = OfdPathData.svg(data, budget);
        boolean stroke = !"false".equals(path.attribute("Stroke"));
        boolean fill = "true".equals(path.attribute("Fill"));
        double lineWidth = OfdNumbers.number(path.attribute("LineWidth"), DEFAULT_LINE_WIDTH, "PathObject LineWidth");
        if (lineWidth < 0) {
            throw new OfdFormatException("PathObject LineWidth is negative");
        }
        svg.append("<path d=\"").append(d).append('"');
        OfdColour fillColour = fill ? OfdColour.of(path.child("FillColor"), resources, null) : null;
        svg.append(fillColour != null ? fillColour.paint("fill") : " fill=\"none\"");
        if (fill && "Even-Odd".equals(path.attribute("Rule"))) {
            svg.append(" fill-rule=\"evenodd\"");
        }
        if (stroke) {
            svg.append(OfdColour.of(path.child("StrokeColor"), resources, OfdColour.BLACK).paint("stroke"))
                    .append(" stroke-width=\"").append(Markup.number(lineWidth)).append('"');
            keyword(svg, "stroke-linecap", path.attribute("Cap"), "butt round square");
            keyword(svg, "stroke-linejoin", path.attribute("Join"), "miter round bevel");
        }
        svg.append("/>");
    }

    private static void keyword(StringBuilder svg, String property, String value, String allowed) {
        if (value == null) {
            return;
        }
        String keyword = value.toLowerCase(Locale.ROOT);
        if ((" " + allowed + " ").contains(" " + keyword + " ")) {
            svg.append(' ').append(property).append("=\"").append(keyword).append('"');
        }
    }
}
