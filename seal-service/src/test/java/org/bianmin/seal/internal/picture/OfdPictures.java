package org.bianmin.seal.internal.picture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * OFD seal pictures made for tests: the package layout of the vendor pictures (OFD.xml →
 * Doc_0/Document.xml → one page, one PublicRes) around page content and resources the test writes.
 */
final class OfdPictures {
    static final String NS = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";

    private OfdPictures() {
    }

    /** A picture whose page is {@code box} and holds {@code objects} (one layer), with {@code resources}. */
    static byte[] picture(String box, String objects, String resources) {
        return zip(files(box, objects, resources));
    }

    /** The files of such a picture, to be changed before zipping. */
    static Map<String, byte[]> files(String box, String objects, String resources) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("OFD.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + NS
                + " Version=\"1.1\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>t</ofd:DocID></ofd:DocInfo>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"));
        files.put("Doc_0/Document.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + NS
                + "><ofd:CommonData><ofd:MaxUnitID>99</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297"
                + "</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes_0.xml</ofd:PublicRes></ofd:CommonData>"
                + "<ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>"));
        files.put("Doc_0/PublicRes_0.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Res " + NS
                + " BaseLoc=\"Res\">" + resources + "</ofd:Res>"));
        files.put("Doc_0/Pages/Page_0/Content.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page "
                + NS + "><ofd:Area><ofd:PhysicalBox>" + box + "</ofd:PhysicalBox></ofd:Area><ofd:Content>"
                + "<ofd:Layer ID=\"2\">" + objects + "</ofd:Layer></ofd:Content></ofd:Page>"));
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
