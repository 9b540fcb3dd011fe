package org.bianmin.seal.internal.picture;

import java.util.List;
import java.util.Map;
import org.bianmin.internal.text.Markup;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.XmlElement;

/**
 * A TextObject (GB/T 33190-2016 §11.2, 文字对象, Table 45) as SVG {@code <text>}, one per TextCode
 * (§11.3, 文字定位, Table 46): the first glyph's origin at X/Y (taken from the previous TextCode when
 * absent), each following glyph moved by its DeltaX/DeltaY ({@code g n d} repeats), Size in
 * millimetres, filled (default) with FillColor (default black), stroked when asked with
 * StrokeColor, Weight and Italic as given. The font is named, not embedded: the browser draws the
 * glyphs with the named family or a Chinese serif fallback. HScale, reading and character
 * directions and glyph-index transforms (CGTransform) are not applied.
 */
final class OfdTextObject {
    /** Families a browser may know for the Chinese font names seal makers use. */
    private static final Map<String, String> FAMILIES = Map.of(
            "楷体", "KaiTi, STKaiti, 'AR PL UKai CN'",
            "宋体", "SimSun, STSong, 'AR PL UMing CN', 'Noto Serif CJK SC'",
            "仿宋", "FangSong, STFangsong",
            "黑体", "SimHei, STHeiti, 'Noto Sans CJK SC'");

    private OfdTextObject() {
    }

    static void draw(XmlElement text, OfdResources resources, DrawingBudget budget, StringBuilder svg)
            throws OfdFormatException {
        double size = OfdNumbers.number(text.attribute("Size"), "TextObject Size");
        if (size <= 0) {
            throw new OfdFormatException("TextObject Size is not positive");
        }
        boolean fill = !"false".equals(text.attribute("Fill"));
        boolean stroke = "true".equals(text.attribute("Stroke"));
        OfdColour fillColour = fill ? OfdColour.of(text.child("FillColor"), resources, OfdColour.BLACK) : null;
        OfdColour strokeColour = stroke ? OfdColour.of(text.child("StrokeColor"), resources, null) : null;
        StringBuilder style = new StringBuilder(96);
        style.append(" font-size=\"").append(Markup.number(size)).append("\" font-family=\"")
                .append(Markup.escape(family(resources.fonts().get(text.attribute("Font"))))).append('"');
        String weight = text.attribute("Weight");
        if (weight != null && weight.matches("[1-9]00")) {
            style.append(" font-weight=\"").append(weight).append('"');
        }
        if ("true".equals(text.attribute("Italic"))) {
            style.append(" font-style=\"italic\"");
        }
        style.append(fillColour != null ? fillColour.paint("fill") : " fill=\"none\"");
        if (strokeColour != null) {
            style.append(strokeColour.paint("stroke")).append(" stroke-width=\"")
                    .append(Markup.number(size / 40)).append('"');
        }
        double x = 0;
        double y = 0;
        for (XmlElement code : text.children("TextCode")) {
            x = OfdNumbers.number(code.attribute("X"), x, "TextCode X");
            y = OfdNumbers.number(code.attribute("Y"), y, "TextCode Y");
            int[] glyphs = code.text().codePoints().toArray();
            if (glyphs.length == 0) {
                continue;
            }
            budget.text(glyphs.length);
            List<Double> dx = OfdNumbers.deltas(code.attribute("DeltaX"), glyphs.length - 1, "TextCode DeltaX");
            List<Double> dy = OfdNumbers.deltas(code.attribute("DeltaY"), glyphs.length - 1, "TextCode DeltaY");
            StringBuilder xs = new StringBuilder();
            StringBuilder ys = new StringBuilder();
            double gx = x;
            double gy = y;
            for (int i = 0; i < glyphs.length; i++) {
                if (i > 0) {
                    gx += i - 1 < dx.size() ? dx.get(i - 1) : 0;
                    gy += i - 1 < dy.size() ? dy.get(i - 1) : 0;
                    xs.append(' ');
                    ys.append(' ');
                }
                xs.append(Markup.number(gx));
                ys.append(Markup.number(gy));
            }
            svg.append("<text x=\"").append(xs).append("\" y=\"").append(ys).append('"').append(style);
            if (code.text().chars().anyMatch(Character::isWhitespace)) {
                svg.append(" xml:space=\"preserve\"");
            }
            svg.append('>').append(Markup.escape(code.text())).append("</text>");
        }
    }

    /** A CSS font-family list for an OFD font name: the name, the families it is known by, a serif. */
    static String family(String fontName) {
        String name = fontName == null ? "" : fontName.replaceAll("[^\\p{L}\\p{N} _-]", "").strip();
        String known = FAMILIES.get(name);
        StringBuilder family = new StringBuilder();
        if (!name.isEmpty()) {
            family.append('\'').append(name).append("', ");
        }
        if (known != null) {
            family.append(known).append(", ");
        }
        return family.append("serif").toString();
    }
}
