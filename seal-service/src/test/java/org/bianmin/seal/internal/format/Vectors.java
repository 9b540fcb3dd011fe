package org.bianmin.seal.internal.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The vendor samples under {@code src/test/resources/vectors} (ofdrw, Apache-2.0). */
public final class Vectors {
    private Vectors() {
    }

    /** The bytes of a sample file. */
    public static byte[] file(String name) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test vector " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry of a sample OFD package. */
    public static byte[] entry(String ofd, String path) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file(ofd)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(path)) {
                    return zip.readAllBytes();
                }
            }
            throw new IllegalStateException(ofd + " has no " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SignedValue.dat of the first signature of a sample OFD. */
    public static byte[] signedValue(String ofd) {
        return entry(ofd, "Doc_0/Signs/Sign_0/SignedValue.dat");
    }
}
