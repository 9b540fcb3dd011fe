package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bounded cost of verification: each endpoint refuses a body over its limit with 413
 * REQUEST_TOO_LARGE, whether the body declares its length (refused unread) or arrives chunked,
 * multipart or not (refused as it passes the limit); a chunked multipart body is verified as the
 * same body with its length is, and refused with 400 when it is not well-formed; a body at the
 * limit is verified as usual; a body still arriving after the upload time is refused with 408
 * REQUEST_TIMEOUT; when every permit is held, a further request is refused at once with 503
 * SERVICE_BUSY and Retry-After; and no spooled upload outlives its request. The test server runs
 * with {@code bianmin.verification.permits} permits and an upload time of
 * {@code bianmin.verification.upload.max.seconds}, and spools into
 * {@code bianmin.verification.spool.dir}, all set by the build.
 */
class VerificationLimitsIT {
    private static final String AUDITOR = "auditor.zhao";
    private static final long MIB = Uploads.MIB;
    private static final int PERMITS = Integer.getInteger("bianmin.verification.permits", 2);
    private static final Duration UPLOAD_TIME = Duration.ofSeconds(
            Long.getLong("bianmin.verification.upload.max.seconds", 20));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/verification/ofd,      64, bianmin.verification.ofd.max.mib",
        "/api/verification/ofd/,     64, bianmin.verification.ofd.max.mib",
        "/api/verification/seal,      4, bianmin.verification.seal.max.mib",
        "/api/verification/detached, 256, bianmin.verification.detached.max.mib",
    })
    void aDeclaredLengthOverTheLimitIsRefusedUnread(String path, long mib, String variable) {
        long declared = mib * MIB + 1;
        long started = System.nanoTime();
        RawHttp.Reply reply;
        try (RawHttp request = RawHttp.post(path, AUDITOR, "application/octet-stream", declared)) {
            reply = request.reply();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(413, reply.status(), reply::toString);
        assertEquals("REQUEST_TOO_LARGE", reply.answer().code(), reply::toString);
        String message = reply.answer().json().path("message").asText();
        for (String named : List.of(Long.toString(declared), Long.toString(mib * MIB), mib + " MiB", variable)) {
            assertTrue(message.contains(named), named + " in " + message);
        }
        assertEquals("close", reply.headers().get("connection"), reply::toString);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "answered without the body in " + took);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/verification/ofd, 64", "/api/verification/seal, 4"})
    void aChunkedBodyIsRefusedAsItPassesTheLimit(String path, long mib) throws IOException {
        RawHttp.Reply reply;
        try (RawHttp request = RawHttp.post(path, AUDITOR, "application/octet-stream", -1)) {
            Uploads.chunks(request, mib * MIB + 1);
            // the body never ends: an answer now can only come from the limit
            reply = request.reply();
        }
        assertEquals(413, reply.status(), reply::toString);
        assertEquals("REQUEST_TOO_LARGE", reply.answer().code(), reply::toString);
        assertTrue(reply.answer().json().path("message").asText().contains(Long.toString(mib * MIB)), reply::toString);
        Uploads.awaitEmptySpool();
    }

    @Test
    void anOfdOfExactlyTheLimitIsVerifiedAsUsual() throws IOException {
        byte[] zip = zipOfExactly((int) (64 * MIB));
        Api.Answer answer;
        // a connection of its own: on a kept-alive connection that carried an upload before, the
        // server reads a large body at a fraction of the speed (seen with any endpoint)
        try (RawHttp request = RawHttp.post("/api/verification/ofd", AUDITOR, "application/ofd", zip.length)) {
            request.send(zip);
            answer = request.reply().answer();
        }
        assertEquals(200, answer.status(), answer::toString);
        JsonNode report = answer.json();
        assertEquals("TOTAL_FAILED", report.path("overall").asText(), report::toString);
        // the verifier read the whole zip (a cut one has no end of central directory) within its own
        // package limit, and found no OFD inside
        JsonNode format = SealFlowIT.check(report.path("signatures").get(0), "FORMAT");
        assertEquals("FAILED", format.path("result").asText(), report::toString);
        assertTrue(format.path("detail").asText().contains("OFD.xml is missing"), format::toString);
        Uploads.awaitEmptySpool();
    }

    /** A zip of exactly {@code length} bytes: three stored entries of filler, no OFD.xml. */
    private static byte[] zipOfExactly(int length) throws IOException {
        int overhead = zip(new int[] {1, 1, 1}).length - 3;
        int third = (length - overhead) / 3;
        byte[] zip = zip(new int[] {third, third, length - overhead - 2 * third});
        assertEquals(length, zip.length);
        return zip;
    }

    private static byte[] zip(int[] sizes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < sizes.length; i++) {
                byte[] filler = new byte[sizes[i]];
                Arrays.fill(filler, (byte) 'x');
                CRC32 crc = new CRC32();
                crc.update(filler);
                ZipEntry entry = new ZipEntry("filler" + i);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(filler.length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(filler);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aChunkedMultipartBodyIsRefusedAsItPassesTheLimitWithNothingVerified() {
        long limit = 256 * MIB;
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"document\"; filename=\"document\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        RawHttp.Reply reply;
        try (RawHttp request = RawHttp.post("/api/verification/detached", AUDITOR, "multipart/form-data; boundary=b",
                -1)) {
            request.chunk(head);
            Uploads.chunks(request, limit + 1 - head.length);
            reply = request.reply();
        }
        assertEquals(413, reply.status(), reply::toString);
        assertEquals("REQUEST_TOO_LARGE", reply.answer().code(), reply::toString);
        String message = reply.answer().json().path("message").asText();
        assertTrue(message.contains(Long.toString(limit)) && message.contains("bianmin.verification.detached.max.mib"),
                message);
        assertTrue(reply.answer().json().path("overall").isMissingNode(), "no report: " + reply);
        Uploads.awaitEmptySpool();
    }

    @Test
    void aChunkedMultipartBodyIsVerifiedAsTheSameBodyWithItsLengthIs() {
        String esId = Seals.activeInCustodyOf("custodian.chen");
        byte[] document = "泸定县 准予行政许可决定书 2026-101".getBytes(StandardCharsets.UTF_8);
        Api.Answer signed = Api.as("custodian.chen").postBytes("/api/seals/" + esId + "/signatures?case=CHUNKED-1",
                "application/pdf", document);
        assertEquals(201, signed.status(), signed::toString);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("signature", Base64.getDecoder().decode(signed.json().path("der").asText()));
        parts.put("document", document);

        Api.Answer declared = Api.as(AUDITOR).postParts("/api/verification/detached", parts);
        assertEquals(200, declared.status(), declared::toString);
        String boundary = "chunked-" + UUID.randomUUID();
        byte[] body = Api.formData(boundary, parts);
        RawHttp.Reply chunked;
        try (RawHttp request = RawHttp.post("/api/verification/detached", AUDITOR,
                "multipart/form-data; boundary=" + boundary, -1)) {
            // small pieces, so that chunks end inside part headers, contents and boundaries
            for (int from = 0; from < body.length; from += 61) {
                request.chunk(Arrays.copyOfRange(body, from, Math.min(body.length, from + 61)));
            }
            request.endChunks();
            chunked = request.reply();
        }
        assertEquals(200, chunked.status(), chunked::toString);
        ObjectNode expected = (ObjectNode) declared.json();
        ObjectNode actual = (ObjectNode) chunked.answer().json();
        assertEquals("TOTAL_PASSED", expected.path("overall").asText(), expected::toString);
        // the same report, made a moment later: its validation time, wherever it appears, aside
        assertEquals(withoutValidationTime(expected), withoutValidationTime(actual));
        Uploads.awaitEmptySpool();
    }

    /**
     * The report with its validation time aside: the top-level field, and where the validity checks
     * name it (their last argument and their detail). Other times, such as the signing time, stay.
     */
    private static ObjectNode withoutValidationTime(ObjectNode report) {
        ObjectNode copy = report.deepCopy();
        String time = copy.remove("validationTime").asText();
        assertFalse(time.isEmpty(), report::toString);
        for (JsonNode signature : copy.path("signatures")) {
            for (JsonNode check : signature.path("checks")) {
                ArrayNode arguments = (ArrayNode) check.path("arguments");
                int last = arguments.size() - 1;
                boolean validity = check.path("messageKey").asText().startsWith("validity.");
                if (validity && arguments.get(last).asText().equals(time)) {
                    arguments.remove(last);
                    arguments.add("T");
                    ((ObjectNode) check).put("detail", check.path("detail").asText().replace(time, "T"));
                }
            }
        }
        return copy;
    }

    @Test
    void aChunkedMultipartBodyThatIsNotWellFormedIs400WithNothingLeft() {
        RawHttp.Reply reply;
        try (RawHttp request = RawHttp.post("/api/verification/detached", AUDITOR, "multipart/form-data; boundary=b",
                -1)) {
            request.chunk("--b\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--b--\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            request.endChunks();
            reply = request.reply();
        }
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_ARGUMENT", reply.answer().code(), reply::toString);
        assertTrue(reply.answer().json().path("message").asText().contains("RFC 7578 §4.2"), reply::toString);
        Uploads.awaitEmptySpool();
    }

    @Test
    void aBodyStillArrivingAfterTheUploadTimeIsRefusedWith408() throws InterruptedException {
        try (RawHttp request = RawHttp.post("/api/verification/ofd", AUDITOR, "application/ofd", -1)) {
            Uploads.assertRefusedAfterUploadTime(request, UPLOAD_TIME, "bianmin.verification.upload.max.seconds");
        }
        Api.Answer after = Api.as(AUDITOR).postBytes("/api/verification/ofd", "application/ofd",
                "PK after".getBytes(StandardCharsets.US_ASCII));
        assertEquals(200, after.status(), "the permit was given back: " + after);
    }

    @Test
    void aSignaturePartOverTheSealLimitIs400() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("signature", new byte[(int) (4 * MIB + 1)]);
        parts.put("document", "document".getBytes(StandardCharsets.UTF_8));
        Api.Answer answer = Api.as(AUDITOR).postParts("/api/verification/detached", parts);
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("INVALID_ARGUMENT", answer.code(), answer::toString);
        assertTrue(answer.json().path("message").asText().contains("the signature is larger than 4194304 bytes"),
                answer::toString);
    }

    @Test
    void aDetachedVerificationWithoutItsDocumentPartIs400() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("signature", "not even DER".getBytes(StandardCharsets.UTF_8));
        parts.put("documents", "a misspelt part".getBytes(StandardCharsets.UTF_8));
        Api.Answer answer = Api.as(AUDITOR).postParts("/api/verification/detached", parts);
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("INVALID_ARGUMENT", answer.code(), answer::toString);
        assertTrue(answer.json().path("message").asText().contains("'document'"), answer::toString);
        Uploads.awaitEmptySpool();
    }

    @Test
    void whenEveryPermitIsHeldAFurtherRequestIsRefusedAtOnceAndServedLater() throws InterruptedException {
        List<RawHttp> holders = new ArrayList<>();
        try {
            for (int i = 0; i < PERMITS; i++) {
                RawHttp holder = RawHttp.post("/api/verification/ofd", AUDITOR, "application/ofd", -1);
                // the first holder's body is past the memory threshold: it is spooled to a file
                byte[] piece = new byte[i == 0 ? (int) (2 * MIB) : 16];
                Arrays.fill(piece, (byte) 'x');
                holder.chunk(piece);
                holders.add(holder);
            }
            Uploads.awaitSpooledFile();
            RawHttp.Reply busy = Uploads.refusedWhileHeld("/api/verification/ofd", AUDITOR,
                    "PK".getBytes(StandardCharsets.US_ASCII), 200, PERMITS);
            assertEquals("SERVICE_BUSY", busy.answer().code(), busy::toString);
            assertEquals("1", busy.headers().get("retry-after"), busy::toString);
            assertTrue(busy.answer().json().path("message").asText().contains("(" + PERMITS + ")"), busy::toString);

            for (RawHttp holder : holders) {
                holder.chunk(" and to the end".getBytes(StandardCharsets.US_ASCII));
                holder.endChunks();
                RawHttp.Reply verified = holder.reply();
                assertEquals(200, verified.status(), verified::toString);
                assertEquals("TOTAL_FAILED", verified.answer().json().path("overall").asText(), verified::toString);
            }
        } finally {
            holders.forEach(RawHttp::close);
        }
        Api.Answer after = Api.as(AUDITOR).postBytes("/api/verification/ofd", "application/ofd",
                "PK after".getBytes(StandardCharsets.US_ASCII));
        assertEquals(200, after.status(), after::toString);
        Uploads.awaitEmptySpool();
    }
}
