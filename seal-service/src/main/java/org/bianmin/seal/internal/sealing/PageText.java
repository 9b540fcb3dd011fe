package org.bianmin.seal.internal.sealing;

import java.util.ArrayList;
import java.util.List;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.XmlElement;

/**
 * The text of one page with where each character stands, read from its content (GB/T 33190-2016
 * {@code TextObject}): a text object's {@code Boundary} places it on the page, its {@code CTM}
 * transforms its own coordinates, its {@code Size} is the font size; each {@code TextCode}
 * starts at ({@code X}, {@code Y}) on the baseline, or where the previous one ended, and its
 * characters advance by {@code DeltaX} (with the {@code g n d} shorthand for n repeats of
 * d). Layers and page blocks are walked in reading order. Glyph shapes are not read: a character's
 * box is its advance wide and its font size high above the baseline — enough to centre a stamp.
 */
final class PageText {
    /** One character on the page. */
    private record Glyph(int codePoint, double x, double baseline, double advance, double size) {
    }

    private final List<Glyph> glyphs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> glyphAt = new ArrayList<>();

    private PageText() {
    }

    /** The text of a page whose Content.xml root is {@code page}. */
    static PageText of(XmlElement page, String path) throws OfdFormatException {
        PageText found = new PageText();
        XmlElement content = page.child("Content");
        if (content != null) {
            found.walk(content, path);
        }
        return found;
    }

    /** The boxes of every occurrence of {@code keyword}, in reading order. */
    List<Box> find(String keyword) {
        List<Box> boxes = new ArrayList<>();
        String all = text.toString();
        for (int at = all.indexOf(keyword); at >= 0; at = all.indexOf(keyword, at + keyword.length())) {
            int first = glyphAt.get(at);
            int last = glyphAt.get(at + keyword.length() - 1);
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (int g = first; g <= last; g++) {
                Glyph glyph = glyphs.get(g);
                left = Math.min(left, glyph.x());
                right = Math.max(right, glyph.x() + glyph.advance());
                top = Math.min(top, glyph.baseline() - glyph.size());
                bottom = Math.max(bottom, glyph.baseline());
            }
            boxes.add(new Box(left, top, Math.max(right - left, 0.01), Math.max(bottom - top, 0.01)));
        }
        return boxes;
    }

    private void walk(XmlElement element, String path) throws OfdFormatException {
        for (XmlElement child : element.children()) {
            switch (child.name()) {
                case "Layer", "PageBlock" -> walk(child, path);
                case "TextObject" -> textObject(child, path);
                default -> {
                }
            }
        }
    }

    private void textObject(XmlElement object, String path) throws OfdFormatException {
        String what = path + " TextObject " + (object.attribute("ID") == null ? "" : object.attribute("ID"));
        Box boundary = Box.parse(object.attribute("Boundary"), what + " Boundary");
        double[] ctm = object.attribute("CTM") == null ? new double[] {1, 0, 0, 1, 0, 0}
                : Box.Numbers.parse(object.attribute("CTM"), what + " CTM");
        if (ctm.length != 6) {
            throw new OfdFormatException(what + " CTM does not have six numbers");
        }
        double size = object.attribute("Size") == null ? 3.5 : Box.Numbers.number(object.attribute("Size"), what);
        double scale = Math.hypot(ctm[2], ctm[3]);
        double x = 0;
        double y = 0;
        for (XmlElement code : object.children("TextCode")) {
            x = code.attribute("X") == null ? x : Box.Numbers.number(code.attribute("X"), what + " X");
            y = code.attribute("Y") == null ? y : Box.Numbers.number(code.attribute("Y"), what + " Y");
            double[] deltas = deltas(code.attribute("DeltaX"), what);
            String chars = code.text();
            int index = 0;
            for (int i = 0; i < chars.length(); ) {
                int cp = chars.codePointAt(i);
                double advance = index < deltas.length ? deltas[index] : size;
                double pageX = boundary.x() + ctm[0] * x + ctm[2] * y + ctm[4];
                double pageY = boundary.y() + ctm[1] * x + ctm[3] * y + ctm[5];
                glyphs.add(new Glyph(cp, pageX, pageY, advance * Math.hypot(ctm[0], ctm[1]), size * scale));
                int start = text.length();
                text.appendCodePoint(cp);
                for (int k = start; k < text.length(); k++) {
                    glyphAt.add(glyphs.size() - 1);
                }
                x += advance;
                index++;
                i += Character.charCount(cp);
            }
        }
    }

    /** The {@code DeltaX} advances, with {@code g n d} expanded (bounded by the text it applies to). */
    private static double[] deltas(String text, String what) throws OfdFormatException {
        if (text == null || text.isBlank()) {
            return new double[0];
        }
        String[] tokens = text.strip().split("\\s+");
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < tokens.length && out.size() < 100_000; i++) {
            if (tokens[i].equals("g") && i + 2 < tokens.length) {
                int repeat = (int) Math.min(100_000, Box.Numbers.number(tokens[i + 1], what + " DeltaX"));
                double value = Box.Numbers.number(tokens[i + 2], what + " DeltaX");
                for (int r = 0; r < repeat; r++) {
                    out.add(value);
                }
                i += 2;
            } else {
                out.add(Box.Numbers.number(tokens[i], what + " DeltaX"));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
