package org.bianmin.rest.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request body read to its end before anyone acts on it, and never more than a limit: a body
 * shorter than {@code inMemory} bytes is held in memory, a longer one in a temporary file
 * (owner-only, where the platform allows), which {@link #close()} deletes. A body that passes the limit is refused
 * with {@link TooLarge} as soon as it passes it, the temporary file deleted, so neither memory nor
 * disk ever holds more than the limit (RFC 9110 §15.5.14, 413 Content Too Large). A body still
 * arriving when its {@link UploadDeadline} has passed is refused with {@link TooSlow} in the same way
 * (§15.5.9, 408 Request Timeout), so a client that sends slowly cannot hold the reader for long.
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
     * Reads {@code body} to its end (it is not closed), within a limit and a deadline.
     *
     * @param body      the stream to read
     * @param limit     the most bytes accepted
     * @param inMemory  a body of this many bytes or more goes to a temporary file
     * @param directory where the temporary file is made
     * @param deadline  when the body must have arrived; it is looked at after every read, so a read
     *                  that blocks is bounded only by the stream's own read timeout
     * @throws TooLarge   when the body has more than {@code limit} bytes
     * @throws TooSlow    when bytes still arrive after the deadline (a body that has ended is taken)
     * @throws Unreadable when the body cannot be read (the client went away, the read timed out)
     * @throws IOException when the temporary file cannot be written
     */
    public static BoundedUpload spool(InputStream body, long limit, int inMemory, Path directory,
            UploadDeadline deadline) throws IOException {
        if (limit < 0 || inMemory < 1) {
            throw new IllegalArgumentException("limit " + limit + " and inMemory " + inMemory);
        }
        Arrival arrival = new Arrival(body, limit, deadline);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        if (arrival.copy(head, inMemory) < inMemory) {
            return new BoundedUpload(head.toByteArray(), null, head.size());
        }
        Path file = Files.createTempFile(directory, "upload-", ".part");
        try (OutputStream out = Files.newOutputStream(file)) {
            head.writeTo(out);
            return new BoundedUpload(null, file, head.size() + arrival.copy(out, Long.MAX_VALUE));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
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

    /** A body still arriving when its deadline passed; reading stopped there. */
    public static final class TooSlow extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Duration allowed;

        TooSlow(Duration allowed) {
            super("the body did not arrive within " + allowed.toSeconds() + " s");
            this.allowed = allowed;
        }

        /** The time the body was allowed. */
        public Duration allowed() {
            return allowed;
        }
    }

    /**
     * The body as it arrives: every read counted against the limit and looked at against the
     * deadline, a failed read reported as {@link Unreadable}.
     */
    private static final class Arrival {
        private final InputStream body;
        private final long limit;
        private final UploadDeadline deadline;
        private final byte[] buffer = new byte[BUFFER];
        private long size;

        Arrival(InputStream body, long limit, UploadDeadline deadline) {
            this.body = body;
            this.limit = limit;
            this.deadline = deadline;
        }

        /** Copies at most {@code most} more bytes to {@code out}, fewer when the body ends first; returns how many. */
        long copy(OutputStream out, long most) throws IOException {
            long copied = 0;
            while (copied < most) {
                int n = read((int) Math.min(buffer.length, most - copied));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                copied += n;
            }
            return copied;
        }

        private int read(int length) throws IOException {
            int n;
            try {
                n = body.read(buffer, 0, length);
            } catch (IOException e) {
                throw new Unreadable(e);
            }
            if (n < 0) {
                return n;
            }
            size += n;
            if (size > limit) {
                throw new TooLarge(limit);
            }
            if (deadline.passed()) {
                throw new TooSlow(deadline.allowed());
            }
            return n;
        }
    }
}
