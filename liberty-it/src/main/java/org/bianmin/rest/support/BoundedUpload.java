package org.bianmin.rest.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request body read to its end before anyone acts on it, and never more than a limit: a body
 * shorter than {@code inMemory} bytes is held in memory, a longer one in a temporary file
 * (owner-only, where the platform allows), which {@link #close()} deletes. A body that passes the limit is refused
 * with {@link TooLarge} as soon as it passes it, the temporary file deleted, so neither memory nor
 * disk ever holds more than the limit (RFC 9110 §15.5.14, 413 Content Too Large).
 */
public final class BoundedUpload implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;

    private final byte[] inMemory;
    private final Path file;
    private final long size;
    private final List<InputStream> opened = new ArrayList<>();

    private BoundedUpload(byte[] inMemory, Path file, long size) {
        this.inMemory = inMemory;
        this.file = file;
        this.size = size;
    }

    /**
     * Reads {@code body} to its end (it is not closed).
     *
     * @param body      the stream to read
     * @param limit     the most bytes accepted
     * @param inMemory  a body of this many bytes or more goes to a temporary file
     * @param directory where the temporary file is made
     * @throws TooLarge   when the body has more than {@code limit} bytes
     * @throws Unreadable when the body cannot be read (the client went away, the read timed out)
     * @throws IOException when the temporary file cannot be written
     */
    public static BoundedUpload spool(InputStream body, long limit, int inMemory, Path directory) throws IOException {
        if (limit < 0 || inMemory < 1) {
            throw new IllegalArgumentException("limit " + limit + " and inMemory " + inMemory);
        }
        byte[] head;
        try {
            head = body.readNBytes(limit < inMemory ? (int) limit + 1 : inMemory);
        } catch (IOException e) {
            throw new Unreadable(e);
        }
        if (head.length > limit) {
            throw new TooLarge(limit);
        }
        if (head.length < inMemory) {
            return new BoundedUpload(head, null, head.length);
        }
        Path file = Files.createTempFile(directory, "upload-", ".part");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            long size = head.length;
            byte[] buffer = new byte[BUFFER];
            for (int n = read(body, buffer); n >= 0; n = read(body, buffer)) {
                size += n;
                if (size > limit) {
                    throw new TooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
            return new BoundedUpload(null, file, size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static int read(InputStream body, byte[] buffer) throws Unreadable {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            throw new Unreadable(e);
        }
    }

    /** The body's length in bytes. */
    public long size() {
        return size;
    }

    /** The temporary file that holds the body, if it was too large to hold in memory. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Reads the body from its start; {@link #close()} closes the stream if its reader does not. */
    public synchronized InputStream open() throws IOException {
        if (file == null) {
            return new ByteArrayInputStream(inMemory);
        }
        InputStream in = Files.newInputStream(file);
        opened.add(in);
        return in;
    }

    /** Closes the streams opened on the temporary file and deletes it, if there is one. */
    @Override
    public synchronized void close() throws IOException {
        for (InputStream in : opened) {
            in.close();
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    /** A body with more bytes than the limit; reading stopped when it passed the limit. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        private final long limit;

        TooLarge(long limit) {
            super("the body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        /** The limit the body passed. */
        public long limit() {
            return limit;
        }
    }

    /** A body that could not be read to its end. */
    public static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreadable(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
