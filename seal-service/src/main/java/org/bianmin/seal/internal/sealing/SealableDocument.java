package org.bianmin.seal.internal.sealing;

import java.util.ArrayList;
import java.util.List;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.OfdPackage;
import org.bianmin.seal.internal.ofd.OfdPaths;
import org.bianmin.seal.internal.ofd.SafeXml;
import org.bianmin.seal.internal.ofd.XmlElement;

/**
 * The first document of an OFD package as sealing needs it (GB/T 33190-2016): OFD.xml's first
 * {@code DocBody} (§7.4) with its {@code DocRoot} and, when the document is already signed, its
 * {@code Signatures} list (§18.1); the pages of Document.xml (§7.5) with their IDs and physical
 * boxes (the page's own {@code Area}, else the document's {@code PageArea}). A package with
 * several documents is sealed in its first, the one readers open.
 *
 * @param pkg            the package
 * @param documentPath   the path of Document.xml
 * @param pages          the pages in order
 * @param signaturesPath the path of Signatures.xml, or null when the document has no signature yet
 */
record SealableDocument(OfdPackage pkg, String documentPath, List<DocumentPage> pages, String signaturesPath) {

    /** At most this many pages are sealed in one document. */
    static final int MAX_PAGES = 10_000;

    static SealableDocument read(OfdPackage pkg) throws OfdFormatException {
        byte[] ofdXml = pkg.entry("OFD.xml");
        if (ofdXml == null) {
            throw new OfdFormatException("OFD.xml is missing: not an OFD package");
        }
        XmlElement ofd = SafeXml.parse(ofdXml, "OFD.xml");
        XmlElement body = ofd.child("DocBody");
        if (!"OFD".equals(ofd.name()) || body == null) {
            throw new OfdFormatException("OFD.xml has no OFD/DocBody: not an OFD package");
        }
        String docRoot = body.childText("DocRoot");
        if (docRoot == null || docRoot.isBlank()) {
            throw new OfdFormatException("OFD.xml: the first DocBody has no DocRoot");
        }
        String documentPath = OfdPaths.resolve("", docRoot);
        byte[] documentXml = pkg.entry(documentPath);
        if (documentXml == null) {
            throw new OfdFormatException("OFD.xml: DocRoot " + documentPath + " is missing from the package");
        }
        XmlElement document = SafeXml.parse(documentXml, documentPath);
        String signatures = body.childText("Signatures");
        String signaturesPath = signatures == null || signatures.isBlank() ? null : OfdPaths.resolve("", signatures);
        if (signaturesPath != null && !pkg.contains(signaturesPath)) {
            throw new OfdFormatException("OFD.xml: Signatures " + signaturesPath + " is missing from the package");
        }
        return new SealableDocument(pkg, documentPath, pages(pkg, documentPath, document), signaturesPath);
    }

    private static List<DocumentPage> pages(OfdPackage pkg, String documentPath, XmlElement document)
            throws OfdFormatException {
        String dir = OfdPaths.directory(documentPath);
        XmlElement common = document.child("CommonData");
        Box standard = area(common == null ? null : common.child("PageArea"), documentPath + " PageArea");
        XmlElement list = document.child("Pages");
        List<XmlElement> listed = list == null ? List.of() : list.children("Page");
        if (listed.isEmpty()) {
            throw new OfdFormatException(documentPath + " lists no pages");
        }
        if (listed.size() > MAX_PAGES) {
            throw new OfdFormatException(documentPath + " lists more than " + MAX_PAGES + " pages");
        }
        List<DocumentPage> pages = new ArrayList<>(listed.size());
        for (XmlElement page : listed) {
            String id = page.attribute("ID");
            String path = OfdPaths.resolve(dir, page.attribute("BaseLoc"));
            if (id == null || id.isBlank() || !pkg.contains(path)) {
                throw new OfdFormatException(documentPath + ": page " + (pages.size() + 1)
                        + " has no ID or its content " + path + " is missing");
            }
            XmlElement head = SafeXml.parseHead(pkg.entry(path), path, "Content");
            Box own = area(head.child("Area"), path + " Area");
            Box box = own != null ? own : standard;
            if (box == null) {
                throw new OfdFormatException(path + ": the page has no physical box, nor has the document");
            }
            pages.add(new DocumentPage(pages.size() + 1, id.strip(), path, box));
        }
        return List.copyOf(pages);
    }

    private static Box area(XmlElement area, String what) throws OfdFormatException {
        String physical = area == null ? null : area.childText("PhysicalBox");
        return physical == null || physical.isBlank() ? null : Box.parse(physical, what + " PhysicalBox");
    }

    /** The directory that holds the document's signatures: that of Signatures.xml, or {@code Doc_N/Signs}. */
    String signsDirectory() {
        if (signaturesPath != null) {
            return OfdPaths.directory(signaturesPath);
        }
        String dir = OfdPaths.directory(documentPath);
        return dir.isEmpty() ? "Signs" : dir + "/Signs";
    }

    /** The page numbered {@code number}, or null. */
    DocumentPage page(int number) {
        return number >= 1 && number <= pages.size() ? pages.get(number - 1) : null;
    }
}
