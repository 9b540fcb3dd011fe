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
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded spool of request bodies: small bodies in memory, larger ones in a temporary file
 * that closing deletes, and a body past the limit refused with nothing left behind.
 */
class BoundedUploadTest {
    private static final int IN_MEMORY = 1024;

    @TempDir
    Path spool;

    @Test
    void aBodyShorterThanTheMemoryThresholdStaysInMemory() throws IOException {
        byte[] body = bytes(IN_MEMORY - 1);
        try (BoundedUpload upload = BoundedUpload.spool(new ByteArrayInputStream(body), 10_000, IN_MEMORY, spool)) {
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
        try (BoundedUpload upload = BoundedUpload.spool(new ByteArrayInputStream(body), 10_000, IN_MEMORY, spool)) {
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
        BoundedUpload upload = BoundedUpload.spool(new ByteArrayInputStream(bytes(3 * IN_MEMORY)), 10_000, IN_MEMORY,
                spool);
        InputStream left = upload.open();
        assertEquals(3 * IN_MEMORY, left.readNBytes(10_000).length);
        upload.close();
        assertThrows(IOException.class, left::read);
        assertEquals(0, files());
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() throws IOException {
        byte[] body = bytes(10_000);
        try (BoundedUpload upload = BoundedUpload.spool(new ByteArrayInputStream(body), 10_000, IN_MEMORY, spool)) {
            assertArrayEquals(body, read(upload));
        }
    }

    @Test
    void aBodyPastTheLimitIsRefusedAndItsFileDeleted() {
        BoundedUpload.TooLarge refused = assertThrows(BoundedUpload.TooLarge.class,
                () -> BoundedUpload.spool(new ByteArrayInputStream(bytes(10_001)), 10_000, IN_MEMORY, spool));
        assertEquals(10_000, refused.limit());
        assertEquals(0, files());
    }

    @Test
    void readingStopsWhenTheLimitIsPassedNotAtTheEndOfTheBody() {
        Endless endless = new Endless();
        assertThrows(BoundedUpload.TooLarge.class, () -> BoundedUpload.spool(endless, 10_000, IN_MEMORY, spool));
        assertTrue(endless.served > 10_000 && endless.served <= 10_000 + 64 * 1024, "read " + endless.served);
        assertEquals(0, files());
    }

    @Test
    void aLimitBelowTheMemoryThresholdIsHeldInMemoryAndStillEnforced() throws IOException {
        try (BoundedUpload upload = BoundedUpload.spool(new ByteArrayInputStream(bytes(100)), 100, IN_MEMORY, spool)) {
            assertTrue(upload.file().isEmpty());
            assertEquals(100, upload.size());
        }
        assertThrows(BoundedUpload.TooLarge.class,
                () -> BoundedUpload.spool(new ByteArrayInputStream(bytes(101)), 100, IN_MEMORY, spool));
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
        IOException failure = assertThrows(IOException.class, () -> BoundedUpload.spool(failing, 10_000, IN_MEMORY, spool));
        assertEquals("connection reset", failure.getMessage());
        assertEquals(0, files());
    }

    @Test
    void anEmptyBodyIsEmpty() throws IOException {
        try (BoundedUpload upload = BoundedUpload.spool(InputStream.nullInputStream(), 10_000, IN_MEMORY, spool)) {
            assertEquals(0, upload.size());
            assertEquals(0, read(upload).length);
        }
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
}
