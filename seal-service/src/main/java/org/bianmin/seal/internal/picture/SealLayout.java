package org.bianmin.seal.internal.picture;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a round seal in millimetres, origin top left (国发〔1999〕25号): a ring, a
 * five-pointed star in the centre, the owner's name clockwise along the upper arc with each
 * character upright towards the rim, the purpose horizontally below the star and the sub-seal
 * number below that. Text is turned into glyph outlines here, so the PNG and the SVG show exactly
 * the same shapes and the SVG needs no font to print.
 */
final class SealLayout {
    private static final float REFERENCE_SIZE = 100f;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final double MAX_ARC = Math.toRadians(215);
    private static final double MIN_ARC = Math.toRadians(170);

    private SealLayout() {
    }

    /** The filled shapes of the seal, in millimetres. */
    static List<Shape> shapes(SealPictureSpec spec, Font font) {
        double d = spec.diameterMm();
        double r = d / 2;
        double centre = r;
        Font reference = font.deriveFont(REFERENCE_SIZE);
        List<Shape> shapes = new ArrayList<>();

        double ring = d * 0.03;
        Area band = new Area(new Ellipse2D.Double(0, 0, d, d));
        band.subtract(new Area(new Ellipse2D.Double(ring, ring, d - 2 * ring, d - 2 * ring)));
        shapes.add(band);

        double starRadius = d / 6;
        shapes.add(star(centre, centre, starRadius));

        int length = spec.ownerName().codePointCount(0, spec.ownerName().length());
        double nameSize = d * 0.15 * Math.max(0.8, Math.min(1.0, 10.0 / length));
        shapes.addAll(arcText(spec.ownerName(), reference, centre, r - ring - d * 0.022, nameSize));

        double purposeSize = d * 0.105;
        double purposeBaseline = centre + starRadius + d * 0.035 + purposeSize * 0.85;
        shapes.add(line(spec.purpose(), reference, centre, purposeBaseline, purposeSize, d * 0.6));

        if (spec.number() > 0) {
            double numberSize = d * 0.08;
            shapes.add(line("(" + spec.number() + ")", reference, centre, purposeBaseline + numberSize * 1.25,
                    numberSize, d * 0.3));
        }
        return shapes;
    }

    /** A five-pointed star with one point up; inner radius from the regular pentagram. */
    static Shape star(double cx, double cy, double outer) {
        double inner = outer * Math.sin(Math.toRadians(18)) / Math.sin(Math.toRadians(126));
        Path2D.Double path = new Path2D.Double();
        for (int k = 0; k < 10; k++) {
            double angle = Math.toRadians(-90 + k * 36);
            double radius = k % 2 == 0 ? outer : inner;
            double x = cx + radius * Math.cos(angle);
            double y = cy + radius * Math.sin(angle);
            if (k == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    /**
     * Characters along the upper arc, centred on the top, each rotated so its top faces the rim.
     *
     * @param rimRadius where the tops of the characters stop
     * @param size      the character size (em) in millimetres
     */
    private static List<Shape> arcText(String text, Font reference, double centre, double rimRadius, double size) {
        int[] codePoints = text.codePoints().toArray();
        int n = codePoints.length;
        double baseline = rimRadius - size * 0.85;
        double middle = baseline + size * 0.4;
        double natural = size * 1.05 / middle;
        double step = n <= 1 ? 0 : Math.max(natural, MIN_ARC / (n - 1));
        if (n > 1 && step * (n - 1) > MAX_ARC) {
            step = MAX_ARC / (n - 1);
        }
        double squeeze = Math.min(1.0, step * middle / size);
        double span = step * (n - 1);
        List<Shape> glyphs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String character = new String(codePoints, i, 1);
            GlyphVector vector = reference.createGlyphVector(CONTEXT, character);
            double advance = vector.getLogicalBounds().getWidth();
            AffineTransform at = new AffineTransform();
            at.translate(centre, centre);
            at.rotate(-span / 2 + i * step);
            at.translate(0, -baseline);
            at.scale(squeeze * size / REFERENCE_SIZE, size / REFERENCE_SIZE);
            at.translate(-advance / 2, 0);
            glyphs.add(at.createTransformedShape(vector.getOutline()));
        }
        return glyphs;
    }

    /** One horizontal line of text centred on {@code cx}, squeezed to at most {@code maxWidth}. */
    private static Shape line(String text, Font reference, double cx, double baseline, double size, double maxWidth) {
        GlyphVector vector = reference.createGlyphVector(CONTEXT, text);
        Rectangle2D bounds = vector.getLogicalBounds();
        double scale = size / REFERENCE_SIZE;
        double squeeze = Math.min(1.0, maxWidth / (bounds.getWidth() * scale));
        AffineTransform at = new AffineTransform();
        at.translate(cx, baseline);
        at.scale(squeeze * scale, scale);
        at.translate(-bounds.getCenterX(), 0);
        return at.createTransformedShape(vector.getOutline());
    }
}
