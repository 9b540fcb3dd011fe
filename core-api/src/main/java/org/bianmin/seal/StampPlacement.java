package org.bianmin.seal;

import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * Where the stamp of a sealed OFD document goes (GB/T 33190-2016 §18, {@code StampAnnot}): at
 * given positions, on a keyword found in the page text, or as a riding seal (骑缝章) across the right
 * edge of consecutive pages. Pages are numbered from 1 in the order of the document's page list;
 * lengths are millimetres, measured from the page's top-left corner as OFD measures them. The
 * stamp's size is the seal picture's physical size (GB/T 38540 SES_ESPictrueInfo, its width and
 * height; 42 mm for a township seal, 国发〔1999〕25号).
 */
public sealed interface StampPlacement {

    /** One stamp centred at ({@code xMm}, {@code yMm}) on {@code page}. */
    static StampPlacement at(int page, double xMm, double yMm) {
        return new AtPositions(List.of(new PagePosition(page, xMm, yMm)));
    }

    /** The stamp centred on the last occurrence of {@code keyword} in the document's text. */
    static StampPlacement keyword(String keyword) {
        return new AtKeyword(keyword, Occurrence.LAST);
    }

    /** A riding seal across the right edge of every page, at mid-height. */
    static StampPlacement riding() {
        return new Riding(1, 0, null);
    }

    /** The centre of one stamp on one page. */
    record PagePosition(int page, double xMm, double yMm) {
        public PagePosition {
            Checks.positive(page, "page");
            if (!Double.isFinite(xMm) || !Double.isFinite(yMm) || xMm < 0 || yMm < 0) {
                throw BianminException.invalid("a stamp position is in millimetres from the page's top-left corner,"
                        + " zero or more; got (" + xMm + ", " + yMm + ")");
            }
        }
    }

    /**
     * Stamps of one signature at one or more positions (several pages of one document may carry the
     * same signature's stamp).
     */
    record AtPositions(List<PagePosition> positions) implements StampPlacement {
        public AtPositions {
            positions = Checks.list(positions, "positions");
            if (positions.isEmpty()) {
                throw BianminException.invalid("at least one stamp position is required");
            }
        }
    }

    /** Which occurrences of a keyword get a stamp. */
    enum Occurrence {
        /** The last occurrence in reading order: where a signature block usually is. */
        LAST,
        /** Every occurrence, each its own stamp of the one signature. */
        EVERY
    }

    /**
     * The stamp centred on a text found on the pages (e.g. {@code 盖章处}, or the unit's name).
     *
     * @param keyword    the text, as it is in the page content
     * @param occurrence which occurrences
     */
    record AtKeyword(String keyword, Occurrence occurrence) implements StampPlacement {
        public AtKeyword {
            keyword = Checks.text(keyword, "keyword", 100);
            Checks.required(occurrence, "occurrence");
        }
    }

    /**
     * A riding seal (骑缝章): the picture cut into as many vertical slices as there are pages in the
     * range, slice k on page k at the right edge, so that the pages laid edge to edge show one seal.
     *
     * @param firstPage the first page of the range
     * @param lastPage  the last page, or 0 for the document's last page
     * @param centreYMm the height of the seal's centre, or null for the middle of each page
     */
    record Riding(int firstPage, int lastPage, Double centreYMm) implements StampPlacement {
        public Riding {
            Checks.positive(firstPage, "first page");
            Checks.nonNegative(lastPage, "last page");
            if (lastPage != 0 && lastPage < firstPage) {
                throw BianminException.invalid("a riding seal's last page (" + lastPage
                        + ") comes before its first page (" + firstPage + ")");
            }
            if (centreYMm != null && (!Double.isFinite(centreYMm) || centreYMm < 0)) {
                throw BianminException.invalid("a riding seal's height is in millimetres from the top, zero or more");
            }
        }
    }
}
