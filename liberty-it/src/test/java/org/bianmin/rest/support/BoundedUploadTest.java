package org.bianmin.rest.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded spool of request bodies: small bodies in memory, larger ones in a temporary file
 * that closing deletes, and a body past the limit, or still arriving past its deadline, refused with
 * nothing left behind. The deadline's clock is a counter the test moves, never the wall clock.
 */
class BoundedUploadTest {
    private static final int IN_MEMORY = 1024;

    @TempDir
    Path spool;

    @Test
    void aBodyShorterThanTheMemoryThresholdStaysInMemory() throws IOException {
        byte[] body = bytes(IN_MEMORY - 1);
        try (BoundedUpload upload = spooled(new ByteArrayInputStream(body), 10_000)) {
            assertTrue(upload.file().isEmpty());
            assertEquals(IN_MEMORY - 1, upload.size());
            assertArrayEquals(body, read(upload));
            assertEquals(0, files());
        }
    }

    @Test
    void aLargerBodyGoesToAFileThatClosingDeletes() throws IOException {
        byte[] body = bytes(5 * IN_MEMORY + 17);
        Path file;
        try (BoundedUpload upload = spooled(new ByteArrayInputStream(body), 10_000)) {
            file = upload.file().orElseThrow();
            assertEquals(spool, file.getParent());
            assertEquals(body.length, Files.size(file));
            assertEquals(body.length, upload.size());
            assertArrayEquals(body, read(upload));
            assertArrayEquals(body, read(upload), "read again from the start");
        }
        assertFalse(Files.exists(file));
        assertEquals(0, files());
    }

    @Test
    void closingClosesTheStreamsLeftOpenOnTheFile() throws IOException {
        BoundedUpload upload = spooled(new ByteArrayInputStream(bytes(3 * IN_MEMORY)), 10_000);
        InputStream left = upload.open();
        assertEquals(3 * IN_MEMORY, left.readNBytes(10_000).length);
        upload.close();
        assertThrows(IOException.class, left::read);
        assertEquals(0, files());
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() throws IOException {
        byte[] body = bytes(10_000);
        try (BoundedUpload upload = spooled(new ByteArrayInputStream(body), 10_000)) {
            assertArrayEquals(body, read(upload));
        }
    }

    @Test
    void aBodyPastTheLimitIsRefusedAndItsFileDeleted() {
        BoundedUpload.TooLarge refused = assertThrows(BoundedUpload.TooLarge.class,
                () -> spooled(new ByteArrayInputStream(bytes(10_001)), 10_000));
        assertEquals(10_000, refused.limit());
        assertEquals(0, files());
    }

    @Test
    void readingStopsWhenTheLimitIsPassedNotAtTheEndOfTheBody() {
        Endless endless = new Endless();
        assertThrows(BoundedUpload.TooLarge.class, () -> spooled(endless, 10_000));
        assertTrue(endless.served > 10_000 && endless.served <= 10_000 + 64 * 1024, "read " + endless.served);
        assertEquals(0, files());
    }

    @Test
    void aLimitBelowTheMemoryThresholdIsHeldInMemoryAndStillEnforced() throws IOException {
        try (BoundedUpload upload = spooled(new ByteArrayInputStream(bytes(100)), 100)) {
            assertTrue(upload.file().isEmpty());
            assertEquals(100, upload.size());
        }
        assertThrows(BoundedUpload.TooLarge.class,
                () -> spooled(new ByteArrayInputStream(bytes(101)), 100));
    }

    @Test
    void aStreamThatFailsMidwayLeavesNoFile() {
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ > 3 * IN_MEMORY) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        IOException failure = assertThrows(IOException.class, () -> spooled(failing, 10_000));
        assertEquals("connection reset", failure.getMessage());
        assertEquals(0, files());
    }

    @Test
    void anEmptyBodyIsEmpty() throws IOException {
        try (BoundedUpload upload = spooled(InputStream.nullInputStream(), 10_000)) {
            assertEquals(0, upload.size());
            assertEquals(0, read(upload).length);
        }
    }

    @Test
    void aBodyStillArrivingAfterTheDeadlineIsRefusedAndItsFileDeleted() {
        Trickle trickle = new Trickle(512, 100 * IN_MEMORY, Duration.ofSeconds(1));
        UploadDeadline deadline = UploadDeadline.in(Duration.ofSeconds(10), trickle::nanoTime);
        BoundedUpload.TooSlow refused = assertThrows(BoundedUpload.TooSlow.class,
                () -> BoundedUpload.spool(trickle, 1_000_000, IN_MEMORY, spool, deadline));
        assertEquals(Duration.ofSeconds(10), refused.allowed());
        assertEquals(11, trickle.reads, "reading stopped at the first read past the deadline");
        assertEquals(0, files(), "the part already in a file is deleted");
    }

    @Test
    void aSmallBodyStillArrivingAfterTheDeadlineIsRefusedToo() {
        Trickle trickle = new Trickle(1, IN_MEMORY / 2, Duration.ofSeconds(1));
        UploadDeadline deadline = UploadDeadline.in(Duration.ofSeconds(3), trickle::nanoTime);
        assertThrows(BoundedUpload.TooSlow.class,
                () -> BoundedUpload.spool(trickle, 1_000_000, IN_MEMORY, spool, deadline));
        assertEquals(4, trickle.reads);
    }

    @Test
    void aBodyWhoseLastBytesArriveAtTheDeadlineIsTaken() throws IOException {
        // ten reads of 512 bytes, one second each: the last at exactly 10 s; the end of the body is
        // seen at 11 s, when no byte arrives any more
        Trickle trickle = new Trickle(512, 10 * 512, Duration.ofSeconds(1));
        UploadDeadline deadline = UploadDeadline.in(Duration.ofSeconds(10), trickle::nanoTime);
        try (BoundedUpload upload = BoundedUpload.spool(trickle, 1_000_000, IN_MEMORY, spool, deadline)) {
            assertEquals(10 * 512, upload.size());
            assertEquals(11, trickle.reads);
        }
    }

    @Test
    void aDeadlinePassesOnlyOnceMoreThanItsTimeHasGoneBy() {
        long[] now = {5_000};
        UploadDeadline deadline = UploadDeadline.in(Duration.ofNanos(100), () -> now[0]);
        now[0] += 100;
        assertFalse(deadline.passed());
        now[0]++;
        assertTrue(deadline.passed());
        assertThrows(IllegalArgumentException.class, () -> UploadDeadline.in(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> UploadDeadline.in(Duration.ofSeconds(-1)));
    }

    /** Spools with the test's memory threshold and directory, and a deadline that never passes. */
    private BoundedUpload spooled(InputStream body, long limit) throws IOException {
        return BoundedUpload.spool(body, limit, IN_MEMORY, spool, UploadDeadline.none());
    }

    private long files() {
        try (Stream<Path> files = Files.list(spool)) {
            return files.count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] read(BoundedUpload upload) throws IOException {
        try (InputStream in = upload.open()) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    /** A body that never ends, counting what it served. */
    private static final class Endless extends InputStream {
        private long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            served += length;
            return length;
        }
    }

    /**
     * A body that arrives {@code piece} bytes per read up to {@code length}, each read (the one that
     * finds the end too) taking {@code step} on its own clock.
     */
    private static final class Trickle extends InputStream {
        private final int piece;
        private final long step;
        private long left;
        private long now;
        private int reads;

        Trickle(int piece, long length, Duration step) {
            this.piece = piece;
            this.left = length;
            this.step = step.toNanos();
        }

        long nanoTime() {
            return now;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("the spool reads into a buffer");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            reads++;
            now += step;
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(Math.min(piece, length), left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            left -= n;
            return n;
        }
    }
}
