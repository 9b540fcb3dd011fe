package org.bianmin.seal;

import org.bianmin.core.Checks;

/**
 * Where one stamp of a sealed OFD document is shown: its page and the box, in millimetres from the
 * page's top-left corner, that a reader draws it in (for a slice of a riding seal, the slice).
 *
 * @param page   the page, numbered from 1
 * @param x      the left edge
 * @param y      the top edge
 * @param width  the width
 * @param height the height
 */
public record StampLocation(int page, double x, double y, double width, double height) {
    public StampLocation {
        Checks.positive(page, "page");
        if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw org.bianmin.core.BianminException.invalid("a stamp box needs finite coordinates and a positive size");
        }
    }

    /** The box's centre, x. */
    public double centreX() {
        return x + width / 2;
    }

    /** The box's centre, y. */
    public double centreY() {
        return y + height / 2;
    }
}
