package org.bianmin.seal.internal.picture;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.OfdPackage;
import org.bianmin.seal.internal.ofd.OfdPaths;
import org.bianmin.seal.internal.ofd.SafeXml;
import org.bianmin.seal.internal.ofd.XmlElement;

/**
 * The resources a picture's page draws with (GB/T 33190-2016 §7.9, 资源): colour spaces, fonts and
 * multimedia (images), read from the document's PublicRes and DocumentRes files and the page's
 * PageRes. A resource file's {@code BaseLoc} is the folder its media files are named from.
 * Resources a picture does not use (draw parameters, patterns, composite units) are not read.
 *
 * @param colourSpaces colour space by ID
 * @param fonts        font family name by ID (FontName, or FamilyName when given)
 * @param media        the bytes of each multimedia resource by ID
 */
record OfdResources(Map<String, ColourSpace> colourSpaces, Map<String, String> fonts, Map<String, byte[]> media) {
    /**
     * A colour space (§8.3, Table 25).
     *
     * @param type             GRAY, RGB or CMYK
     * @param bitsPerComponent 1, 2, 4, 8 or 16
     */
    record ColourSpace(String type, int bitsPerComponent) {
        static final ColourSpace RGB = new ColourSpace("RGB", 8);
    }

    /** Reads every resource file named in {@code files} (package paths, already resolved). */
    static OfdResources read(OfdPackage pkg, List<String> files) throws OfdFormatException {
        Map<String, ColourSpace> colourSpaces = new HashMap<>();
        Map<String, String> fonts = new HashMap<>();
        Map<String, byte[]> media = new HashMap<>();
        for (String file : files) {
            byte[] xml = pkg.entry(file);
            if (xml == null) {
                throw new OfdFormatException("resource file " + file + " is missing from the picture");
            }
            XmlElement res = SafeXml.parse(xml, file);
            String base = res.attribute("BaseLoc") == null ? OfdPaths.directory(file)
                    : OfdPaths.resolve(OfdPaths.directory(file), res.attribute("BaseLoc"));
            for (XmlElement group : res.children()) {
                for (XmlElement item : group.children()) {
                    String id = item.attribute("ID");
                    if (id == null) {
                        continue;
                    }
                    switch (item.name()) {
                        case "ColorSpace" -> colourSpaces.put(id, readColourSpace(item));
                        case "Font" -> fonts.put(id, item.attribute("FamilyName") != null
                                ? item.attribute("FamilyName") : String.valueOf(item.attribute("FontName")));
                        case "MultiMedia" -> {
                            String location = item.childText("MediaFile");
                            byte[] bytes = location == null ? null : pkg.entry(OfdPaths.resolve(base, location));
                            if (bytes != null) {
                                media.put(id, bytes);
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
        }
        return new OfdResources(Map.copyOf(colourSpaces), Map.copyOf(fonts), Map.copyOf(media));
    }

    private static ColourSpace readColourSpace(XmlElement item) throws OfdFormatException {
        String type = String.valueOf(item.attribute("Type"));
        int bits = (int) OfdNumbers.number(item.attribute("BitsPerComponent"), 8, "ColorSpace BitsPerComponent");
        if (bits != 1 && bits != 2 && bits != 4 && bits != 8 && bits != 16) {
            throw new OfdFormatException("ColorSpace BitsPerComponent " + bits + " is not 1, 2, 4, 8 or 16");
        }
        return new ColourSpace(type, bits);
    }

    /** The colour space with {@code id}; RGB with 8 bits when the ID is absent or names none. */
    ColourSpace colourSpace(String id) {
        return id == null ? ColourSpace.RGB : colourSpaces.getOrDefault(id, ColourSpace.RGB);
    }
}
