package org.bianmin.rest.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of a spooled multipart/form-data body: names, file names and headers as sent, contents
 * to the byte (CR LF and boundary-like bytes inside included), small ones in memory and the rest in
 * files that closing deletes; malformed bodies refused as bad input with nothing left behind.
 */
class SpooledPartsTest {
    private static final String TYPE = "multipart/form-data; boundary=b0undary";
    private static final int IN_MEMORY = 1024;

    @TempDir
    Path spool;

    @Test
    void thePartsAreReadAsSentToTheByte() throws IOException {
        byte[] signature = bytes(300);
        byte[] document = "line one\r\n--b0undar not quite\r\n\r\nline three".getBytes(StandardCharsets.UTF_8);
        String first = "preamble\r\n--b0undary\r\nContent-Disposition: form-data; name=\"signature\";"
                + " filename=\"签名.der\"\r\nContent-Type: application/octet-stream\r\nX-Extra: 1\r\nX-Extra: 2\r\n\r\n";
        String second = "\r\n--b0undary\r\nContent-Disposition: form-data; name=document\r\n\r\n";
        byte[] sent = join(first.getBytes(StandardCharsets.UTF_8), signature, second.getBytes(StandardCharsets.UTF_8),
                document, "\r\n--b0undary--\r\nepilogue".getBytes(StandardCharsets.UTF_8));
        try (SpooledParts parts = parse(sent)) {
            assertEquals(2, parts.parts().size());
            Part signed = parts.parts().get(0);
            assertEquals("signature", signed.getName());
            assertEquals("签名.der", signed.getSubmittedFileName());
            assertEquals("application/octet-stream", signed.getContentType());
            assertEquals(List.of("1", "2"), List.copyOf(signed.getHeaders("X-EXTRA")));
            assertEquals(300, signed.getSize());
            assertArrayEquals(signature, read(signed));
            assertArrayEquals(signature, read(signed), "read again from the start");
            Part named = parts.parts().get(1);
            assertEquals("document", named.getName());
            assertNull(named.getSubmittedFileName());
            assertNull(named.getContentType());
            assertArrayEquals(document, read(named));
        }
    }

    @Test
    void partsBeyondTheMemoryThresholdGoToFilesThatClosingDeletes() throws IOException {
        byte[] small = bytes(IN_MEMORY - 100);
        byte[] next = bytes(200);
        byte[] large = bytes(5 * IN_MEMORY);
        SpooledParts parts = parse(formData(small, next, large));
        assertEquals(3, parts.parts().size());
        assertEquals(2, files(), "the first part fits in memory; the second no longer does, nor the third");
        assertArrayEquals(large, read(parts.parts().get(2)));
        parts.close();
        assertEquals(0, files());
    }

    @Test
    void aPartWithoutANameIsRefused() {
        byte[] sent = ("--b0undary\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b0undary--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(sent, "needs a name");
    }

    @Test
    void aPartThatIsMultipartItselfIsRefused() {
        byte[] sent = ("--b0undary\r\nContent-Disposition: form-data; name=\"files\"\r\n"
                + "Content-Type: multipart/mixed; boundary=inner\r\n\r\n--inner\r\n\r\nx\r\n--inner--\r\n"
                + "\r\n--b0undary--\r\n").getBytes(StandardCharsets.UTF_8);
        assertRefused(sent, "must not be multipart");
    }

    @Test
    void moreThanTheMostPartsAreRefusedAndThoseReadDeleted() {
        byte[][] many = new byte[SpooledParts.MOST_PARTS + 1][];
        for (int i = 0; i < many.length; i++) {
            many[i] = bytes(IN_MEMORY);
        }
        assertRefused(formData(many), "at most " + SpooledParts.MOST_PARTS + " parts");
    }

    @Test
    void aBodyWithoutTheBoundaryIsRefused() throws IOException {
        try (BoundedUpload body = upload("just bytes".getBytes(StandardCharsets.UTF_8))) {
            BianminException refused = assertThrows(BianminException.class,
                    () -> SpooledParts.of(body, "multipart/form-data", IN_MEMORY, spool));
            assertEquals(ErrorCode.INVALID_ARGUMENT, refused.code());
        }
    }

    private void assertRefused(byte[] sent, String why) {
        BianminException refused = assertThrows(BianminException.class, () -> parse(sent));
        assertEquals(ErrorCode.INVALID_ARGUMENT, refused.code());
        assertTrue(refused.getMessage().contains(why), refused.getMessage());
        assertEquals(0, files(), "nothing left behind");
    }

    private SpooledParts parse(byte[] sent) throws IOException {
        try (BoundedUpload body = upload(sent)) {
            return SpooledParts.of(body, TYPE, IN_MEMORY, spool);
        }
    }

    private BoundedUpload upload(byte[] sent) throws IOException {
        // the body itself in memory, so that the spool holds only the parts' files
        return BoundedUpload.spool(new ByteArrayInputStream(sent), sent.length, sent.length + 1, spool,
                UploadDeadline.none());
    }

    /** A body of one part a content, named {@code p0}, {@code p1}, ... */
    private static byte[] formData(byte[]... contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < contents.length; i++) {
            body.writeBytes(("--b0undary\r\nContent-Disposition: form-data; name=\"p" + i + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(contents[i]);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes("--b0undary--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] join(byte[]... pieces) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            joined.writeBytes(piece);
        }
        return joined.toByteArray();
    }

    private static byte[] read(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private long files() {
        try (Stream<Path> files = Files.list(spool)) {
            return files.count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
