package org.bianmin.seal.internal.keys;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * A key-store disk that fills up while a test says so: each write of the file's new content puts
 * part of it into the temporary file and then fails with the operating system's "No space left on
 * device" (ENOSPC), as a write to a full disk does.
 */
public final class FullDisk {
    /** The message of the {@link IOException} a write to a full disk gets. */
    public static final String NO_SPACE = "No space left on device";

    private FullDisk() {
    }

    /** A PKCS#12 key store at {@code file} whose disk is full while {@code full} says so. */
    public static Pkcs12SealKeyStore keyStore(Path file, char[] password, BooleanSupplier full) {
        return new Pkcs12SealKeyStore(file, password, temporary -> {
            OutputStream out = Files.newOutputStream(temporary);
            return full.getAsBoolean() ? new HalfWritten(out) : out;
        });
    }

    /** Writes the first half of what it is given, then runs out of space. */
    private static final class HalfWritten extends FilterOutputStream {
        HalfWritten(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException(NO_SPACE);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length / 2);
            throw new IOException(NO_SPACE);
        }
    }
}
