package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the upload limits' ITs do to the server: send bodies too large or too slow, watch the spool
 * directory the build gave it ({@code bianmin.verification.spool.dir}, shared by every upload), and
 * find a request refused while permits are held.
 */
final class Uploads {
    static final long MIB = 1L << 20;
    private static final Path SPOOL = Path.of(System.getProperty("bianmin.verification.spool.dir",
            "target/verification-spool"));

    private Uploads() {
    }

    /**
     * A client on a slow line: a few bytes of a chunked body every half second, until the server
     * closes the connection or the test takes the answer, and for no longer than {@code uploadTime}
     * and half a minute.
     */
    private static void trickle(RawHttp request, Duration uploadTime) {
        long until = System.nanoTime() + uploadTime.plusSeconds(30).toNanos();
        try {
            while (System.nanoTime() < until) {
                request.chunk("PK".getBytes(StandardCharsets.US_ASCII));
                Thread.sleep(500);
            }
        } catch (UncheckedIOException e) {
            // the server answered and closed the connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Trickles a chunked body ({@link #trickle}) and checks the answer: 408 REQUEST_TIMEOUT naming the
     * upload time and its {@code variable}, the connection closed, within 5 s after the upload time
     * (bytes arrive every half second, so the first read after the deadline returns at once), and
     * nothing left in the spool.
     */
    static void assertRefusedAfterUploadTime(RawHttp request, Duration uploadTime, String variable)
            throws InterruptedException {
        long started = System.nanoTime();
        Thread trickle = new Thread(() -> trickle(request, uploadTime), "trickle");
        trickle.start();
        RawHttp.Reply reply;
        try {
            reply = request.reply();
        } finally {
            trickle.interrupt();
            trickle.join(5_000);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(408, reply.status(), reply::toString);
        assertEquals("REQUEST_TIMEOUT", reply.answer().code(), reply::toString);
        String message = reply.answer().json().path("message").asText();
        assertTrue(message.contains(uploadTime.toSeconds() + " s") && message.contains(variable), message);
        assertEquals("close", reply.headers().get("connection"), reply::toString);
        assertTrue(took.compareTo(uploadTime) >= 0 && took.compareTo(uploadTime.plusSeconds(5)) < 0,
                "refused after " + took);
        awaitEmptySpool();
    }

    /** Sends {@code bytes} bytes of filler as chunks of at most 1 MiB. */
    static void chunks(RawHttp request, long bytes) {
        byte[] piece = new byte[(int) MIB];
        Arrays.fill(piece, (byte) 'x');
        for (long left = bytes; left > 0; left -= piece.length) {
            request.chunk(left >= piece.length ? piece : Arrays.copyOf(piece, (int) left));
        }
    }

    /**
     * A small request while holders keep every permit of its kind: 503, answered within two
     * seconds. Until the holders' requests have reached the admission a small request may still
     * find a permit free (and is then answered with {@code servedStatus}); so it is tried again for
     * a while.
     */
    static RawHttp.Reply refusedWhileHeld(String path, String user, byte[] body, int servedStatus, int permits)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            long started = System.nanoTime();
            RawHttp.Reply reply;
            try (RawHttp request = RawHttp.post(path, user, "application/ofd", body.length)) {
                request.send(body);
                reply = request.reply();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (reply.status() == 503) {
                assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "refused in " + took);
                return reply;
            }
            assertEquals(servedStatus, reply.status(), reply::toString);
            Thread.sleep(100);
        }
        return fail("no request was refused while " + permits + " requests held every permit");
    }

    /** A body being received is spooled into the configured directory. */
    static void awaitSpooledFile() {
        if (!awaitSpool(false)) {
            fail("no body was spooled into " + SPOOL);
        }
    }

    /** The server deletes a spooled body once its request is answered (soon after the answer is sent). */
    static void awaitEmptySpool() {
        if (!awaitSpool(true)) {
            fail("spooled bodies left behind in " + SPOOL + ": " + spooled());
        }
    }

    private static boolean awaitSpool(boolean empty) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (spooled().isEmpty() == empty) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static List<Path> spooled() {
        try (Stream<Path> files = Files.list(SPOOL)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError("the spool directory " + SPOOL + " cannot be listed", e);
        }
    }
}
