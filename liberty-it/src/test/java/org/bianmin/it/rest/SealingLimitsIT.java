package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bianmin.it.OfdSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bounded cost of sealing OFD documents, as of verification (VerificationLimitsIT): a body over
 * the limit is 413 REQUEST_TOO_LARGE, unread when its length says so, as it passes the limit when
 * chunked, and records no use; a chunked body within the limit is sealed; a body still arriving
 * after the upload time is 408 REQUEST_TIMEOUT; with every sealing permit held a further sealing is
 * 503 SERVICE_BUSY with Retry-After, while verification (a pool of its own) and the seal registry's
 * other requests go on. Who may not seal learns nothing from the limits: without credentials 401,
 * without the custodian's role 403, whatever the body declares. The test server runs with
 * {@code bianmin.sealing.permits} permits and an upload time of {@code bianmin.sealing.upload.max.seconds}.
 */
class SealingLimitsIT {
    private static final String CUSTODIAN = "custodian.chen";
    private static final Api AUDITOR = Api.as("auditor.zhao");
    private static final long LIMIT = 64 * Uploads.MIB;
    private static final int PERMITS = Integer.getInteger("bianmin.sealing.permits", 2);
    private static final Duration UPLOAD_TIME = Duration.ofSeconds(
            Long.getLong("bianmin.sealing.upload.max.seconds", 10));
    private static String esId;

    @BeforeAll
    static void anActiveSealInTheCustodiansCare() {
        esId = Seals.activeInCustodyOf(CUSTODIAN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "sealed-ofd?case=T&page=1&x=10&y=10, application/ofd, bianmin.sealing.ofd.max.mib",
        "sealed-ofd/batch?keyword=K,         application/zip, bianmin.sealing.batch.max.mib",
    })
    void aDeclaredLengthOverTheLimitIsRefusedUnreadAndRecordsNothing(String endpoint, String type, String variable) {
        int before = uses();
        long declared = LIMIT + 1;
        long started = System.nanoTime();
        RawHttp.Reply reply;
        try (RawHttp request = RawHttp.post(path(endpoint), CUSTODIAN, type, declared)) {
            reply = request.reply();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(413, reply.status(), reply::toString);
        assertEquals("REQUEST_TOO_LARGE", reply.answer().code(), reply::toString);
        String message = reply.answer().json().path("message").asText();
        for (String named : List.of(Long.toString(declared), Long.toString(LIMIT), "64 MiB", variable)) {
            assertTrue(message.contains(named), named + " in " + message);
        }
        assertEquals("close", reply.headers().get("connection"), reply::toString);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "answered without the body in " + took);
        assertEquals(before, uses());
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedAsItPassesTheLimitAndRecordsNothing() {
        int before = uses();
        RawHttp.Reply reply;
        try (RawHttp request = RawHttp.post(path("sealed-ofd?case=T&page=1&x=10&y=10"), CUSTODIAN, "application/ofd",
                -1)) {
            Uploads.chunks(request, LIMIT + 1);
            // the body never ends: an answer now can only come from the limit
            reply = request.reply();
        }
        assertEquals(413, reply.status(), reply::toString);
        assertEquals("REQUEST_TOO_LARGE", reply.answer().code(), reply::toString);
        String message = reply.answer().json().path("message").asText();
        assertTrue(message.contains(Long.toString(LIMIT)) && message.contains("bianmin.sealing.ofd.max.mib"), message);
        Uploads.awaitEmptySpool();
        assertEquals(before, uses());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsSealed() throws IOException {
        RawHttp.Reply sealed;
        try (RawHttp request = RawHttp.post(path("sealed-ofd?case=LIMITS-1&page=1&x=150&y=100"), CUSTODIAN,
                "application/ofd", -1)) {
            byte[] invoice = OfdSamples.unsignedInvoice();
            for (int from = 0; from < invoice.length; from += 1000) {
                request.chunk(Arrays.copyOfRange(invoice, from, Math.min(invoice.length, from + 1000)));
            }
            request.endChunks();
            sealed = request.reply();
        }
        assertVerifies(sealed, "LIMITS-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "sealed-ofd?case=T&page=1&x=10&y=10, application/ofd",
        "sealed-ofd/batch?keyword=K,         application/zip",
    })
    void withoutCredentialsAnOversizeSealingIs401AndWithoutTheRole403(String endpoint, String type) {
        RawHttp.Reply anonymous;
        try (RawHttp request = RawHttp.post(path(endpoint), null, type, LIMIT + 1)) {
            anonymous = request.reply();
        }
        assertEquals(401, anonymous.status(), anonymous::toString);
        assertEquals("NOT_AUTHENTICATED", anonymous.answer().code(), anonymous::toString);
        RawHttp.Reply auditor;
        try (RawHttp request = RawHttp.post(path(endpoint), "auditor.zhao", type, LIMIT + 1)) {
            auditor = request.reply();
        }
        assertEquals(403, auditor.status(), auditor::toString);
    }

    @Test
    void aBodyStillArrivingAfterTheUploadTimeIsRefusedWith408AndRecordsNothing() throws InterruptedException {
        int before = uses();
        try (RawHttp request = RawHttp.post(path("sealed-ofd?case=T&page=1&x=10&y=10"), CUSTODIAN, "application/ofd",
                -1)) {
            Uploads.assertRefusedAfterUploadTime(request, UPLOAD_TIME, "bianmin.sealing.upload.max.seconds");
        }
        assertEquals(before, uses());
    }

    @Test
    void whenEverySealingPermitIsHeldASealingIsRefusedAndAllElseGoesOn() throws IOException, InterruptedException {
        byte[] invoice = OfdSamples.unsignedInvoice();
        int half = invoice.length / 2;
        List<RawHttp> holders = new ArrayList<>();
        try {
            for (int i = 0; i < PERMITS; i++) {
                RawHttp holder = RawHttp.post(path("sealed-ofd?case=BUSY-" + i + "&page=1&x=150&y=100"), CUSTODIAN,
                        "application/ofd", -1);
                holder.chunk(Arrays.copyOf(invoice, half));
                holders.add(holder);
            }
            // admitted while a permit is still free, "PK" is no OFD: 400, nothing sealed
            RawHttp.Reply busy = Uploads.refusedWhileHeld(path("sealed-ofd?case=T&page=1&x=10&y=10"), CUSTODIAN,
                    "PK".getBytes(StandardCharsets.US_ASCII), 400, PERMITS);
            assertEquals("SERVICE_BUSY", busy.answer().code(), busy::toString);
            assertEquals("1", busy.headers().get("retry-after"), busy::toString);
            String message = busy.answer().json().path("message").asText();
            assertTrue(message.contains("sealings") && message.contains("(" + PERMITS + ")"), busy::toString);

            Api.Answer verified = AUDITOR.postBytes("/api/verification/ofd", "application/ofd", invoice);
            assertEquals(200, verified.status(), "verification has permits of its own: " + verified);
            Api.Answer seal = AUDITOR.get("/api/seals/" + esId);
            assertEquals(200, seal.status(), seal::toString);
            Api.Answer signed = Api.as(CUSTODIAN).postBytes("/api/seals/" + esId + "/signatures?case=BUSY-SIGNED",
                    "application/pdf", "泸定县 准予行政许可决定书".getBytes(StandardCharsets.UTF_8));
            assertEquals(201, signed.status(), "another POST under /api/seals is not admitted: " + signed);

            for (int i = 0; i < holders.size(); i++) {
                holders.get(i).chunk(Arrays.copyOfRange(invoice, half, invoice.length));
                holders.get(i).endChunks();
                assertVerifies(holders.get(i).reply(), "BUSY-" + i);
            }
        } finally {
            holders.forEach(RawHttp::close);
        }
        Uploads.awaitEmptySpool();
    }

    /** The sealing answered 201 with a document that verifies, and its use is recorded for the case. */
    private static void assertVerifies(RawHttp.Reply sealed, String caseNumber) {
        assertEquals(201, sealed.status(), sealed::toString);
        Api.Answer report = AUDITOR.postBytes("/api/verification/ofd", "application/ofd", sealed.body());
        assertEquals(200, report.status(), report::toString);
        assertEquals("TOTAL_PASSED", report.json().path("overall").asText(), report::toString);
        assertTrue(AUDITOR.get("/api/seals/" + esId + "/uses").json().findValuesAsText("caseNumber")
                .contains(caseNumber), caseNumber);
    }

    private static String path(String endpoint) {
        return "/api/seals/" + esId + "/" + endpoint;
    }

    private static int uses() {
        return AUDITOR.get("/api/seals/" + esId + "/uses").json().size();
    }
}
