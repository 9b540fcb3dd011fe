package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.ers.ERSByteData;
import org.bouncycastle.tsp.ers.ERSEvidenceRecord;
import org.junit.jupiter.api.Test;

/**
 * Archive time-stamps over REST: a seal administrator runs the archiving ({@code POST
 * /api/seals/evidence-records}), and {@code GET /api/seals/{esId}/uses/{signatureHash}/evidence-record}
 * hands out the RFC 4998 evidence record (DER) of a signature made through the API, which Bouncy Castle's
 * own ERS verifier finds the signature's bytes in. Before the archiving the record is 404; a custodian
 * may not run it; a batch of 0 is a 400. Handed back with the signature to
 * {@code POST /api/verification/detached} (part {@code evidenceRecord}) the record passes
 * EVIDENCE_RECORD; altered, it does not.
 */
class EvidenceRecordIT {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final byte[] DOCUMENT = "兴隆镇 准予许可决定书 ERS-1".getBytes(StandardCharsets.UTF_8);
    private static final Api ADMIN = Api.as("admin.zhang");
    private static final Api CUSTODIAN = Api.as("custodian.chen");
    private static final Api AUDITOR = Api.as("auditor.zhao");

    @Test
    void aSignatureMadeThroughTheApiIsArchivedAndItsEvidenceRecordHandedOut() throws Exception {
        String esId = Seals.activeInCustodyOf("custodian.chen");
        byte[] signature = CUSTODIAN.postBytes("/api/seals/" + esId + "/signatures?case=ERS-1", "application/pdf",
                DOCUMENT, "application/octet-stream").body();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SM3", BC).digest(signature));
        String path = "/api/seals/" + esId + "/uses/" + hash + "/evidence-record";

        Api.Answer before = AUDITOR.get(path);
        assertEquals(404, before.status(), before::toString);
        assertEquals("EVIDENCE_RECORD_NOT_FOUND", before.code());
        assertEquals(403, CUSTODIAN.post("/api/seals/evidence-records").status(), "a custodian may not archive");
        Api.Answer zero = ADMIN.post("/api/seals/evidence-records?batch=0");
        assertEquals(400, zero.status(), zero::toString);
        assertEquals("INVALID_ARGUMENT", zero.code());

        Api.Answer archived = ADMIN.post("/api/seals/evidence-records?batch=10000");
        assertEquals(200, archived.status(), archived::toString);
        assertTrue(archived.json().path("covered").asInt() >= 1, archived::toString);

        Api.Answer record = AUDITOR.get(path);
        assertEquals(200, record.status(), record::toString);
        assertTrue(record.contentType().startsWith("application/octet-stream"), record.contentType());
        ERSEvidenceRecord ers = new ERSEvidenceRecord(record.body(), new JcaDigestCalculatorProviderBuilder()
                .setProvider(BC).build());
        ers.validatePresent(new ERSByteData(signature), new Date(Long.MAX_VALUE / 2));

        JsonNode given = evidenceCheck(signature, record.body());
        assertEquals("PASSED", given.path("result").asText(), given::toString);
        assertEquals("evidence.passed", given.path("messageKey").asText());
        assertEquals("evidence.none", evidenceCheck(signature, null).path("messageKey").asText(),
                "without the part the check has nothing to judge");
        byte[] altered = record.body().clone();
        altered[altered.length / 2] ^= 1;
        assertTrue(!"PASSED".equals(evidenceCheck(signature, altered).path("result").asText()),
                "an altered record proves nothing");
    }

    /** EVIDENCE_RECORD of a detached verification of {@code signature}, with {@code record} as its part if given. */
    private static JsonNode evidenceCheck(byte[] signature, byte[] record) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("signature", signature);
        parts.put("document", DOCUMENT);
        if (record != null) {
            parts.put("evidenceRecord", record);
        }
        Api.Answer answer = AUDITOR.postParts("/api/verification/detached", parts);
        assertEquals(200, answer.status(), answer::toString);
        return SealFlowIT.check(answer.json().path("signatures").get(0), "EVIDENCE_RECORD");
    }
}
