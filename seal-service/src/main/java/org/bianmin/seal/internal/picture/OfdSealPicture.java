package org.bianmin.seal.internal.picture;

import java.util.ArrayList;
import java.util.List;
import org.bianmin.internal.text.Markup;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.bianmin.seal.internal.ofd.OfdPackage;
import org.bianmin.seal.internal.ofd.OfdPaths;
import org.bianmin.seal.internal.ofd.SafeXml;
import org.bianmin.seal.internal.ofd.XmlElement;

/**
 * A seal picture of type "ofd" (GB/T 38540-2020 SES_ESPictrueInfo: the picture is itself a small
 * OFD document) drawn as inline SVG. The package is read as GB/T 33190-2016 §7 lays it out —
 * OFD.xml (§7.4) → the first DocBody's DocRoot, Document.xml (§7.5) → its first page (§7.7) with the
 * PublicRes, DocumentRes and PageRes resources (§7.9) — and the page is drawn with its PhysicalBox
 * (millimetres) as the SVG viewBox: paths, text and PNG/JPEG/GIF images
 * ({@link OfdPageDrawing}).
 *
 * <p>The picture comes from the file being verified, so it is read as hostile: through
 * {@link OfdPackage} with {@link #LIMITS} (at most 1 MiB, 64 files, 4 MiB inflated), with
 * {@link SafeXml} (no DTD, no entities, bounded depth), and drawn within a {@link DrawingBudget}
 * (2,000 objects, 50,000 path commands, 4,000 characters of text). Anything refused or malformed is
 * an {@link OfdFormatException} whose message is the reason, for the report to show instead.
 * Everything written into the SVG is a checked number, a fixed keyword or escaped text.
 */
public final class OfdSealPicture {
    /** Bounds on a picture's package: 1 MiB, 64 files, 1 MiB per file, 4 MiB inflated in all. */
    static final OfdLimits LIMITS = new OfdLimits(1L << 20, 64, 1L << 20, 4L << 20, 100, 1, 0, 0, 1);
    /** Display sizes outside (0, 500) mm are taken as unset: the page's own size is used, or 40 mm. */
    private static final int MAX_DISPLAY_MM = 500;
    private static final int FALLBACK_DISPLAY_MM = 40;

    private OfdSealPicture() {
    }

    /**
     * The picture as an SVG element.
     *
     * @param picture  the SES_ESPictrueInfo data (an OFD package)
     * @param widthMm  the display width from SES_ESPictrueInfo; the page's when not in (0, 500)
     * @param heightMm the display height, likewise
     * @param label    the accessible name of the image (escaped here)
     * @throws OfdFormatException with the reason when the picture cannot be drawn
     */
    public static String svg(byte[] picture, int widthMm, int heightMm, String label) throws OfdFormatException {
        try {
            return draw(picture, widthMm, heightMm, label);
        } catch (RuntimeException e) {
            throw new OfdFormatException("the picture cannot be drawn (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String draw(byte[] picture, int widthMm, int heightMm, String label) throws OfdFormatException {
        OfdPackage pkg = OfdPackage.read(picture, LIMITS);
        XmlElement ofd = xml(pkg, "OFD.xml");
        XmlElement body = ofd.child("DocBody");
        if (body == null || body.childText("DocRoot") == null) {
            throw new OfdFormatException("OFD.xml names no DocRoot");
        }
        String documentPath = OfdPaths.resolve("", body.childText("DocRoot"));
        XmlElement document = xml(pkg, documentPath);
        String documentDir = OfdPaths.directory(documentPath);
        XmlElement common = document.child("CommonData");
        List<String> resources = new ArrayList<>();
        String physicalBox = null;
        if (common != null) {
            for (XmlElement res : common.children()) {
                if (res.name().equals("PublicRes") || res.name().equals("DocumentRes")) {
                    resources.add(OfdPaths.resolve(documentDir, res.text()));
                }
            }
            XmlElement area = common.child("PageArea");
            physicalBox = area == null ? null : area.childText("PhysicalBox");
        }
        XmlElement pages = document.child("Pages");
        XmlElement first = pages == null ? null : pages.child("Page");
        if (first == null || first.attribute("BaseLoc") == null) {
            throw new OfdFormatException(documentPath + " has no page");
        }
        String pagePath = OfdPaths.resolve(documentDir, first.attribute("BaseLoc"));
        XmlElement page = xml(pkg, pagePath);
        for (XmlElement res : page.children("PageRes")) {
            resources.add(OfdPaths.resolve(OfdPaths.directory(pagePath), res.text()));
        }
        XmlElement pageArea = page.child("Area");
        if (pageArea != null && pageArea.childText("PhysicalBox") != null) {
            physicalBox = pageArea.childText("PhysicalBox");
        }
        if (physicalBox == null) {
            throw new OfdFormatException(pagePath + " has no PhysicalBox");
        }
        double[] box = OfdNumbers.box(physicalBox, "PhysicalBox");
        if (box[2] == 0 || box[3] == 0) {
            throw new OfdFormatException("the PhysicalBox is empty");
        }
        StringBuilder svg = new StringBuilder(16 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(Markup.number(box[0])).append(' ')
                .append(Markup.number(box[1])).append(' ').append(Markup.number(box[2])).append(' ')
                .append(Markup.number(box[3])).append("\" width=\"").append(display(widthMm, box[2]))
                .append("mm\" height=\"").append(display(heightMm, box[3])).append("mm\" role=\"img\" aria-label=\"")
                .append(Markup.escape(label)).append("\">");
        OfdPageDrawing.draw(page, OfdResources.read(pkg, resources), new DrawingBudget(), svg);
        return svg.append("</svg>").toString();
    }

    private static XmlElement xml(OfdPackage pkg, String path) throws OfdFormatException {
        byte[] bytes = pkg.entry(path);
        if (bytes == null) {
            throw new OfdFormatException(path + " is missing from the picture");
        }
        return SafeXml.parse(bytes, path);
    }

    private static String display(int mm, double pageSize) {
        if (mm > 0 && mm < MAX_DISPLAY_MM) {
            return Integer.toString(mm);
        }
        return pageSize < MAX_DISPLAY_MM ? Markup.number(pageSize) : Integer.toString(FALLBACK_DISPLAY_MM);
    }
}
