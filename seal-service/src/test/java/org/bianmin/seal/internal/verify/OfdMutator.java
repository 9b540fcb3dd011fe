package org.bianmin.seal.internal.verify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites one entry of a zip package (null from the function drops it), or adds entries, for tests. */
public final class OfdMutator {
    private OfdMutator() {
    }

    public static byte[] replaceEntry(byte[] zip, String name, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(name)) {
                    data = change.apply(data);
                    if (data == null) {
                        continue;
                    }
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A zip with the given (name, bytes) entries in order. */
    public static byte[] zip(Object... namesAndBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zout = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndBytes.length; i += 2) {
                zout.putNextEntry(new ZipEntry((String) namesAndBytes[i]));
                zout.write((byte[]) namesAndBytes[i + 1]);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
