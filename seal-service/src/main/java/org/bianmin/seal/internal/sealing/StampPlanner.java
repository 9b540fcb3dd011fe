package org.bianmin.seal.internal.sealing;

import java.util.ArrayList;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.StampPlacement;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.SafeXml;

/**
 * Turns a {@link StampPlacement} into the stamps of one signature on the pages of a document
 * (GB/T 33190-2016 §18). The seal's picture keeps its physical size ({@code width} by
 * {@code height} mm). A position must lie on its page; a keyword must be found; a riding seal needs
 * at least two pages and cuts the picture into one vertical slice per page, slice k at the right
 * edge of the k-th page of the range, so that the pages fanned out edge to edge show the whole seal.
 */
final class StampPlanner {
    private final SealableDocument document;
    private final double width;
    private final double height;

    /** @param width the picture's width in mm; {@code height} likewise */
    StampPlanner(SealableDocument document, double width, double height) {
        this.document = document;
        this.width = width;
        this.height = height;
    }

    List<PlannedStamp> plan(StampPlacement placement) throws OfdFormatException {
        if (placement instanceof StampPlacement.AtPositions at) {
            return positions(at);
        }
        if (placement instanceof StampPlacement.AtKeyword keyword) {
            return keyword(keyword);
        }
        return riding((StampPlacement.Riding) placement);
    }

    private List<PlannedStamp> positions(StampPlacement.AtPositions at) {
        List<PlannedStamp> stamps = new ArrayList<>();
        for (StampPlacement.PagePosition position : at.positions()) {
            DocumentPage page = page(position.page());
            Box box = page.box();
            if (position.xMm() > box.width() || position.yMm() > box.height()) {
                throw new BianminException(ErrorCode.OFD_PLACEMENT_INVALID, "the position (" + position.xMm() + ", "
                        + position.yMm() + ") mm lies off page " + page.number() + ", which is " + box.width()
                        + " by " + box.height() + " mm");
            }
            stamps.add(new PlannedStamp(page, Box.centredOn(box.x() + position.xMm(), box.y() + position.yMm(),
                    width, height), null));
        }
        return stamps;
    }

    private List<PlannedStamp> keyword(StampPlacement.AtKeyword keyword) throws OfdFormatException {
        List<PlannedStamp> stamps = new ArrayList<>();
        for (DocumentPage page : document.pages()) {
            byte[] content = document.pkg().entry(page.path());
            for (Box found : PageText.of(SafeXml.parse(content, page.path()), page.path()).find(keyword.keyword())) {
                stamps.add(new PlannedStamp(page, Box.centredOn(found.x() + found.width() / 2,
                        found.y() + found.height() / 2, width, height), null));
            }
        }
        if (stamps.isEmpty()) {
            throw new BianminException(ErrorCode.OFD_KEYWORD_NOT_FOUND, "the keyword '" + keyword.keyword()
                    + "' is not in the text of any of the document's " + document.pages().size() + " pages");
        }
        return keyword.occurrence() == StampPlacement.Occurrence.LAST ? List.of(stamps.get(stamps.size() - 1)) : stamps;
    }

    private List<PlannedStamp> riding(StampPlacement.Riding riding) {
        int last = riding.lastPage() == 0 ? document.pages().size() : riding.lastPage();
        DocumentPage first = page(riding.firstPage());
        page(last);
        int count = last - first.number() + 1;
        if (count < 2) {
            throw new BianminException(ErrorCode.OFD_PLACEMENT_INVALID, "a riding seal needs at least two pages;"
                    + " the range " + riding.firstPage() + "–" + last + " has " + count);
        }
        double slice = width / count;
        List<PlannedStamp> stamps = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            DocumentPage page = document.page(first.number() + k);
            Box box = page.box();
            double centreY = riding.centreYMm() == null ? box.height() / 2 : riding.centreYMm();
            if (centreY > box.height()) {
                throw new BianminException(ErrorCode.OFD_PLACEMENT_INVALID, "the riding seal's height " + centreY
                        + " mm lies below page " + page.number() + ", which is " + box.height() + " mm high");
            }
            Box boundary = new Box(box.x() + box.width() - slice * (k + 1), box.y() + centreY - height / 2, width,
                    height);
            stamps.add(new PlannedStamp(page, boundary, new Box(slice * k, 0, slice, height)));
        }
        return stamps;
    }

    private DocumentPage page(int number) {
        DocumentPage page = document.page(number);
        if (page == null) {
            throw new BianminException(ErrorCode.OFD_PLACEMENT_INVALID, "the document has "
                    + document.pages().size() + " page(s); there is no page " + number);
        }
        return page;
    }
}
