package org.bianmin.seal.internal.sealing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.bianmin.seal.internal.format.Vectors;

/**
 * The shared vendor invoice (1.ofd, one A4-landscape-ish 210×140 mm page) with its signature taken
 * out: no {@code Doc_0/Signs/} files and no {@code Signatures} pointer in OFD.xml — an unsigned OFD
 * document as a document generator hands it over. Built with the JDK's zip classes, not ours.
 */
public final class UnsignedInvoice {
    private UnsignedInvoice() {
    }

    public static byte[] bytes() {
        return withPages(1);
    }

    /**
     * The invoice with {@code pages} pages: page k (k ≥ 2) a copy of the first at
     * {@code Doc_0/Pages/Page_k-1/Content.xml} with ID {@code 100 + k}.
     */
    public static byte[] withPages(int pages) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Vectors.file("1.ofd")))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (entry.getName().startsWith("Doc_0/Signs/") || entry.isDirectory()) {
                        continue;
                    }
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals("OFD.xml")) {
                        content = new String(content, StandardCharsets.UTF_8)
                                .replace("<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>", "")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    if (entry.getName().equals("Doc_0/Document.xml")) {
                        StringBuilder more = new StringBuilder();
                        for (int k = 2; k <= pages; k++) {
                            more.append("<ofd:Page ID=\"").append(100 + k).append("\" BaseLoc=\"Pages/Page_")
                                    .append(k - 1).append("/Content.xml\"/>");
                        }
                        content = new String(content, StandardCharsets.UTF_8).replace("</ofd:Pages>", more + "</ofd:Pages>")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                    if (entry.getName().equals("Doc_0/Pages/Page_0/Content.xml")) {
                        for (int k = 2; k <= pages; k++) {
                            zip.putNextEntry(new ZipEntry("Doc_0/Pages/Page_" + (k - 1) + "/Content.xml"));
                            zip.write(content);
                            zip.closeEntry();
                        }
                    }
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
