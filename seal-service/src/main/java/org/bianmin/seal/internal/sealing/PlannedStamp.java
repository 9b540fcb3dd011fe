package org.bianmin.seal.internal.sealing;

import org.bianmin.seal.StampLocation;

/**
 * One {@code StampAnnot} of a signature (GB/T 33190-2016 §18): the page, the box the whole seal
 * picture is drawn in ({@code Boundary}) and, for a slice of a riding seal, the part of that box that
 * is shown ({@code Clip}, in the box's own coordinates, as readers such as ofdrw draw it).
 *
 * @param page     the page
 * @param boundary the picture's box on the page
 * @param clip     the shown part of the box, or null for all of it
 */
record PlannedStamp(DocumentPage page, Box boundary, Box clip) {

    /** Where the stamp is seen on the page. */
    StampLocation shown() {
        Box seen = clip == null ? boundary
                : new Box(boundary.x() + clip.x(), boundary.y() + clip.y(), clip.width(), clip.height());
        return new StampLocation(page.number(), seen.x(), seen.y(), seen.width(), seen.height());
    }
}
