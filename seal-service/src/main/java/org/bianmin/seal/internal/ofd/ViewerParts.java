package org.bianmin.seal.internal.ofd;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files of one OFD document that a viewer reads to draw its pages (GB/T 33190-2016): OFD.xml
 * (§7.4), the document's Document.xml (§7.5) and, from it, the public and document resource files
 * (§7.9) with the font and multimedia files they name, the template pages (§7.7), every page
 * (§7.7) with its own page resources, and the annotation list with each page's annotation file
 * (§15). Signature files (§18) are not among them: each signature is verified on its own, and
 * attachments and custom tags are not drawn. Only files present in the package are listed: an
 * absent file is not shown, and one added later is listed, and so found unprotected.
 *
 * @param files       the parts, normalised paths, in reading order
 * @param annotations those of them that hold annotations (§15), the usual place for marks added after signing
 */
public record ViewerParts(Set<String> files, Set<String> annotations) {
    public ViewerParts {
        files = Set.copyOf(files);
        annotations = Set.copyOf(annotations);
    }

    /**
     * The parts of the document whose Document.xml, already read as {@code document}, is at
     * {@code documentPath}.
     *
     * @throws OfdFormatException when a path in them is not a valid package path
     */
    public static ViewerParts of(OfdPackage pkg, String documentPath, XmlElement document) throws OfdFormatException {
        Collector parts = new Collector(pkg);
        parts.add("OFD.xml");
        parts.add(documentPath);
        String dir = OfdPaths.directory(documentPath);
        XmlElement common = document == null ? null : document.child("CommonData");
        if (common != null) {
            for (XmlElement res : concat(common.children("PublicRes"), common.children("DocumentRes"))) {
                parts.resources(dir, res.text());
            }
            for (XmlElement template : common.children("TemplatePage")) {
                parts.page(dir, template.attribute("BaseLoc"));
            }
        }
        XmlElement pages = document == null ? null : document.child("Pages");
        if (pages != null) {
            for (XmlElement page : pages.children("Page")) {
                parts.page(dir, page.attribute("BaseLoc"));
            }
        }
        String annotations = document == null ? null : document.childText("Annotations");
        if (annotations != null && !annotations.isBlank()) {
            String listPath = OfdPaths.resolve(dir, annotations);
            XmlElement list = parts.readAnnotation(listPath);
            if (list != null) {
                for (XmlElement page : list.children("Page")) {
                    String file = page.childText("FileLoc");
                    if (file != null && !file.isBlank()) {
                        parts.readAnnotation(OfdPaths.resolve(OfdPaths.directory(listPath), file));
                    }
                }
            }
        }
        return new ViewerParts(parts.files, parts.annotations);
    }

    /** The parts that none of {@code references} (normalised paths, null for an invalid one) names, sorted. */
    public List<String> unprotected(List<String> references) {
        Set<String> referenced = new java.util.HashSet<>(references);
        return files.stream().filter(part -> !referenced.contains(part)).sorted().toList();
    }

    private static List<XmlElement> concat(List<XmlElement> a, List<XmlElement> b) {
        List<XmlElement> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Walks the references, adding each present file once. */
    private static final class Collector {
        private final OfdPackage pkg;
        private final Set<String> files = new LinkedHashSet<>();
        private final Set<String> annotations = new LinkedHashSet<>();

        Collector(OfdPackage pkg) {
            this.pkg = pkg;
        }

        void add(String path) {
            if (pkg.contains(path)) {
                files.add(path);
            }
        }

        /**
         * Adds and parses {@code path}; null when it is absent, already read, or not well-formed (it is
         * still a part; what it would name is not followed, and the hashes judge its bytes).
         */
        XmlElement read(String path) {
            return read(path, null);
        }

        /** The same, reading only what comes before the root's first child named {@code stopAt}. */
        XmlElement read(String path, String stopAt) {
            if (!pkg.contains(path) || !files.add(path)) {
                return null;
            }
            try {
                return SafeXml.parseHead(pkg.entry(path), path, stopAt);
            } catch (OfdFormatException e) {
                return null;
            }
        }

        XmlElement readAnnotation(String path) {
            XmlElement read = read(path);
            if (pkg.contains(path)) {
                annotations.add(path);
            }
            return read;
        }

        /** A page or template (§7.7) and the resource files its PageRes names. */
        void page(String dir, String baseLoc) throws OfdFormatException {
            if (baseLoc == null || baseLoc.isBlank()) {
                return;
            }
            String path = OfdPaths.resolve(dir, baseLoc);
            XmlElement page = read(path, "Content"); // its PageRes come before its Content
            if (page != null) {
                for (XmlElement res : page.children("PageRes")) {
                    resources(OfdPaths.directory(path), res.text());
                }
            }
        }

        /** A resource file (§7.9) and the font and media files it names, under its BaseLoc. */
        void resources(String dir, String location) throws OfdFormatException {
            if (location == null || location.isBlank()) {
                return;
            }
            String path = OfdPaths.resolve(dir, location);
            XmlElement res = read(path);
            if (res == null) {
                return;
            }
            String base = res.attribute("BaseLoc") == null ? OfdPaths.directory(path)
                    : OfdPaths.resolve(OfdPaths.directory(path), res.attribute("BaseLoc"));
            XmlElement fonts = res.child("Fonts");
            if (fonts != null) {
                for (XmlElement font : fonts.children("Font")) {
                    file(base, font.childText("FontFile"));
                }
            }
            XmlElement media = res.child("MultiMedias");
            if (media != null) {
                for (XmlElement item : media.children("MultiMedia")) {
                    file(base, item.childText("MediaFile"));
                }
            }
        }

        private void file(String base, String location) throws OfdFormatException {
            if (location != null && !location.isBlank()) {
                add(OfdPaths.resolve(base, location));
            }
        }
    }
}
