package org.bianmin.seal.internal.picture;

import org.bianmin.internal.text.Markup;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.XmlElement;

/**
 * The content of a page (GB/T 33190-2016 §7.7, 页对象: Content → Layer → objects) as SVG. Each
 * drawing object (§8.5, 图元对象, Table 34) is placed in its Boundary — a nested SVG viewport that
 * moves the origin to the Boundary's corner and clips what is drawn outside it, as the standard
 * asks — and its CTM becomes the transform of what it draws; objects with {@code Visible="false"}
 * are left out. PageBlocks (页块) are drawn in order, their objects counted like any other;
 * composite objects are counted and not drawn.
 */
final class OfdPageDrawing {
    private OfdPageDrawing() {
    }

    /** Draws every layer of {@code page} (the root of a page's Content.xml) into {@code svg}. */
    static void draw(XmlElement page, OfdResources resources, DrawingBudget budget, StringBuilder svg)
            throws OfdFormatException {
        XmlElement content = page.child("Content");
        if (content == null) {
            return;
        }
        for (XmlElement layer : content.children("Layer")) {
            objects(layer, resources, budget, svg);
        }
    }

    private static void objects(XmlElement container, OfdResources resources, DrawingBudget budget,
            StringBuilder svg) throws OfdFormatException {
        for (XmlElement object : container.children()) {
            String kind = object.name();
            boolean drawable = kind.equals("PathObject") || kind.equals("TextObject") || kind.equals("ImageObject");
            if (!drawable && !kind.equals("PageBlock") && !kind.equals("CompositeObject")) {
                continue;
            }
            budget.object();
            if ("false".equals(object.attribute("Visible"))) {
                continue;
            }
            if (kind.equals("PageBlock")) {
                objects(object, resources, budget, svg);
            } else if (drawable) {
                placed(object, resources, budget, svg);
            }
        }
    }

    private static void placed(XmlElement object, OfdResources resources, DrawingBudget budget, StringBuilder svg)
            throws OfdFormatException {
        double[] box = OfdNumbers.box(object.attribute("Boundary"), object.name() + " Boundary");
        svg.append("<svg x=\"").append(Markup.number(box[0])).append("\" y=\"").append(Markup.number(box[1]))
                .append("\" width=\"").append(Markup.number(box[2])).append("\" height=\"")
                .append(Markup.number(box[3])).append("\" overflow=\"hidden\">");
        String ctm = object.attribute("CTM");
        if (ctm != null) {
            double[] m = OfdNumbers.array(ctm, 6, object.name() + " CTM");
            svg.append("<g transform=\"matrix(");
            for (int i = 0; i < 6; i++) {
                svg.append(i == 0 ? "" : " ").append(Markup.number(m[i]));
            }
            svg.append(")\">");
        }
        switch (object.name()) {
            case "PathObject" -> OfdPathObject.draw(object, resources, budget, svg);
            case "TextObject" -> OfdTextObject.draw(object, resources, budget, svg);
            default -> OfdImageObject.draw(object, resources, svg);
        }
        svg.append(ctm != null ? "</g></svg>" : "</svg>");
    }
}
