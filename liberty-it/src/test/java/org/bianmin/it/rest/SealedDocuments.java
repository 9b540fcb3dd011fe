package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bianmin.it.OfdSamples;

/** OFD documents a window clerk sealed over the REST API, and copies altered after sealing, as files for a browser to upload. */
final class SealedDocuments {
    private static final Api CUSTODIAN = Api.as("custodian.chen");

    private SealedDocuments() {
    }

    /** The shared invoice sealed with a fresh seal in custodian.chen's custody, for a case; its esID is {@code esId}. */
    static byte[] sealedInvoice(String esId, String caseNumber) {
        try {
            Api.Answer sealed = CUSTODIAN.postBytes("/api/seals/" + esId + "/sealed-ofd?case=" + caseNumber
                    + "&page=1&x=150&y=100", "application/ofd", OfdSamples.unsignedInvoice());
            assertEquals(201, sealed.status(), sealed::toString);
            return sealed.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same package with one page's content changed (a space added), as a forger would. */
    static byte[] tampered(byte[] ofd) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> entry : OfdSamples.entries(ofd).entrySet()) {
                    byte[] content = entry.getValue();
                    if (entry.getKey().endsWith("Content.xml")) {
                        content = (new String(content, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
                    }
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes bytes to a file of the given name in a fresh temporary directory. */
    static Path file(String name, byte[] content) {
        try {
            Path dir = Files.createTempDirectory("bianmin-upload-");
            dir.toFile().deleteOnExit();
            Path file = Files.write(dir.resolve(name), content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
