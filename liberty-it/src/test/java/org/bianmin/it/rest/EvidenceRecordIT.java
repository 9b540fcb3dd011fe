package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Date;
import java.util.HexFormat;
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
 * may not run it; a batch of 0 is a 400.
 */
class EvidenceRecordIT {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final Api ADMIN = Api.as("admin.zhang");
    private static final Api CUSTODIAN = Api.as("custodian.chen");
    private static final Api AUDITOR = Api.as("auditor.zhao");

    @Test
    void aSignatureMadeThroughTheApiIsArchivedAndItsEvidenceRecordHandedOut() throws Exception {
        String esId = Seals.activeInCustodyOf("custodian.chen");
        byte[] signature = CUSTODIAN.postBytes("/api/seals/" + esId + "/signatures?case=ERS-1", "application/pdf",
                "兴隆镇 准予许可决定书 ERS-1".getBytes(StandardCharsets.UTF_8), "application/octet-stream").body();
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
    }
}
