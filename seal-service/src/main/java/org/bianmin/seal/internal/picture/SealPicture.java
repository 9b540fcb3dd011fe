package org.bianmin.seal.internal.picture;

import org.bianmin.core.Checks;

/**
 * A rendered seal picture: PNG for SES_ESPictrueInfo (GB/T 38540 §5, with its size in mm) and SVG
 * for print.
 *
 * @param png      the PNG bytes (transparent background)
 * @param svg      the SVG document
 * @param widthMm  the width in millimetres, as SES_ESPictrueInfo records it
 * @param heightMm the height in millimetres
 */
public record SealPicture(byte[] png, String svg, int widthMm, int heightMm) {
    public SealPicture {
        png = Checks.bytes(png, "png");
        svg = Checks.text(svg, "svg");
        Checks.positive(widthMm, "width");
        Checks.positive(heightMm, "height");
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
