package org.bianmin.seal.internal.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.bianmin.core.Checks;

/**
 * Draws seal pictures with Java2D (国发〔1999〕25号 conventions, see {@link SealLayout}) in seal red on
 * a transparent background: a PNG at {@value #PIXELS_PER_MM} pixels per millimetre and an SVG whose
 * user unit is the millimetre. Thread-safe.
 */
public final class SealPictureRenderer {
    /** Raster resolution: 10 px/mm, about 254 dpi. */
    public static final int PIXELS_PER_MM = 10;
    /** Seal red. */
    public static final Color SEAL_RED = new Color(0xE6, 0x00, 0x12);

    private final Supplier<Font> fonts;

    /** A renderer drawing text in {@code font} (a Song-style CJK font, see {@link SealFonts}). */
    public SealPictureRenderer(Font font) {
        Checks.required(font, "font");
        this.fonts = () -> font;
    }

    private SealPictureRenderer(Supplier<Font> fonts) {
        this.fonts = fonts;
    }

    /**
     * A renderer that looks for its font at the first picture (see {@link SealFonts#find}), so that a
     * missing font fails that picture with {@code SEAL_FONT_UNAVAILABLE} rather than the whole service.
     *
     * @param configuredFile a font file from configuration, or blank to search the known places
     */
    public static SealPictureRenderer locatingFont(String configuredFile) {
        AtomicReference<Font> found = new AtomicReference<>();
        return new SealPictureRenderer(() -> found.updateAndGet(
                font -> font != null ? font : SealFonts.find(configuredFile, SealFonts.KNOWN_PATHS, true)));
    }

    /** The font's name, for the record. */
    public String fontName() {
        return fonts.get().getFontName(Locale.ROOT);
    }

    /** Renders the picture. */
    public SealPicture render(SealPictureSpec spec) {
        List<Shape> shapes = SealLayout.shapes(spec, fonts.get());
        return new SealPicture(png(shapes, spec.diameterMm()), svg(shapes, spec.diameterMm()), spec.diameterMm(),
                spec.diameterMm());
    }

    private static byte[] png(List<Shape> shapes, int diameterMm) {
        int pixels = diameterMm * PIXELS_PER_MM;
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(PIXELS_PER_MM, PIXELS_PER_MM);
            g.setColor(SEAL_RED);
            g.setStroke(new BasicStroke((float) outline(diameterMm), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Shape shape : shapes) {
                g.fill(shape);
                g.draw(shape);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(palette(image), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the seal picture as PNG", e);
        }
        return out.toByteArray();
    }

    /**
     * The picture as a 4-bit palette image: seal red at 16 levels of opacity. One colour on a
     * transparent background needs no more, and the PNG (which every SESeal and every signature
     * made with it carries) shrinks to about a quarter.
     */
    private static BufferedImage palette(BufferedImage argb) {
        int levels = 16;
        byte[] red = new byte[levels];
        byte[] green = new byte[levels];
        byte[] blue = new byte[levels];
        byte[] alpha = new byte[levels];
        for (int i = 0; i < levels; i++) {
            red[i] = (byte) SEAL_RED.getRed();
            green[i] = (byte) SEAL_RED.getGreen();
            blue[i] = (byte) SEAL_RED.getBlue();
            alpha[i] = (byte) (i * 255 / (levels - 1));
        }
        IndexColorModel model = new IndexColorModel(4, levels, red, green, blue, alpha);
        BufferedImage indexed = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_BYTE_BINARY,
                model);
        WritableRaster raster = indexed.getRaster();
        for (int y = 0; y < argb.getHeight(); y++) {
            for (int x = 0; x < argb.getWidth(); x++) {
                int a = argb.getRGB(x, y) >>> 24;
                raster.setSample(x, y, 0, (a * (levels - 1) + 127) / 255);
            }
        }
        return indexed;
    }

    private static String svg(List<Shape> shapes, int diameterMm) {
        String colour = String.format(Locale.ROOT, "#%02X%02X%02X", SEAL_RED.getRed(), SEAL_RED.getGreen(),
                SEAL_RED.getBlue());
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(diameterMm)
                .append("mm\" height=\"").append(diameterMm).append("mm\" viewBox=\"0 0 ").append(diameterMm)
                .append(' ').append(diameterMm).append("\">\n<g fill=\"").append(colour).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(String.format(Locale.ROOT, "%.3f", outline(diameterMm)))
                .append("\" stroke-linejoin=\"round\">\n");
        double[] c = new double[6];
        for (Shape shape : shapes) {
            PathIterator it = shape.getPathIterator(null);
            svg.append("<path fill-rule=\"")
                    .append(it.getWindingRule() == PathIterator.WIND_EVEN_ODD ? "evenodd" : "nonzero")
                    .append("\" d=\"");
            while (!it.isDone()) {
                switch (it.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> point(svg.append('M'), c, 0);
                    case PathIterator.SEG_LINETO -> point(svg.append('L'), c, 0);
                    case PathIterator.SEG_QUADTO -> point(point(svg.append('Q'), c, 0).append(' '), c, 2);
                    case PathIterator.SEG_CUBICTO ->
                        point(point(point(svg.append('C'), c, 0).append(' '), c, 2).append(' '), c, 4);
                    default -> svg.append('Z');
                }
                it.next();
            }
            svg.append("\"/>\n");
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    /** The width of the outline drawn round every shape, so that the light Song strokes print firmly. */
    private static double outline(int diameterMm) {
        return diameterMm * 0.004;
    }

    private static StringBuilder point(StringBuilder svg, double[] c, int offset) {
        return svg.append(String.format(Locale.ROOT, "%.3f %.3f", c[offset], c[offset + 1]));
    }
}
