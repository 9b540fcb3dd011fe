package org.bianmin.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** OFD documents for the tests that seal, made from the shared vendor samples with the JDK's zip classes. */
public final class OfdSamples {
    private OfdSamples() {
    }

    /** The shared vendor invoice without its signature, as a document generator would hand it over. */
    public static byte[] unsignedInvoice() throws IOException {
        return unsignedInvoice(1);
    }

    /**
     * The unsigned invoice with {@code pages} pages: page k (k ≥ 2) a copy of the first at
     * {@code Doc_0/Pages/Page_k-1/Content.xml}, for riding seals.
     */
    public static byte[] unsignedInvoice(int pages) throws IOException {
        byte[] vendor = Files.readAllBytes(Path.of(System.getProperty("bianmin.vectors.dir",
                "target/seal-vectors")).resolve("1.ofd"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries(vendor).entrySet()) {
                if (entry.getKey().startsWith("Doc_0/Signs/") || entry.getKey().endsWith("/")) {
                    continue;
                }
                byte[] content = entry.getValue();
                if (entry.getKey().equals("OFD.xml")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replace("<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>", "")
                            .getBytes(StandardCharsets.UTF_8);
                }
                if (entry.getKey().equals("Doc_0/Document.xml")) {
                    StringBuilder more = new StringBuilder();
                    for (int k = 2; k <= pages; k++) {
                        more.append("<ofd:Page ID=\"").append(100 + k).append("\" BaseLoc=\"Pages/Page_").append(k - 1)
                                .append("/Content.xml\"/>");
                    }
                    content = new String(content, StandardCharsets.UTF_8).replace("</ofd:Pages>", more + "</ofd:Pages>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(content);
                zip.closeEntry();
                if (entry.getKey().equals("Doc_0/Pages/Page_0/Content.xml")) {
                    for (int k = 2; k <= pages; k++) {
                        zip.putNextEntry(new ZipEntry("Doc_0/Pages/Page_" + (k - 1) + "/Content.xml"));
                        zip.write(content);
                        zip.closeEntry();
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /** The files of a zip, by name, read with the JDK's zip classes. */
    public static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
