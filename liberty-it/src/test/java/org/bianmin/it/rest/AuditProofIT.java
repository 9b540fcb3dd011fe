package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit trail over the REST API: a signed checkpoint, an inclusion proof for an entry and a
 * consistency proof between two checkpoints, each checked by an independent RFC 9162 verifier; a
 * tampered path fails; only auditors and supervisors read the trail.
 */
class AuditProofIT {
    private static final Api AUDITOR = Api.as("auditor.zhao");

    @Test
    void proofsFromTheServerVerify() {
        // something to audit: a seal request is a privileged action
        Api.as("admin.zhang").post("/api/seals", SealFlowIT.sealRequest(Divisions.freshTownship()));
        JsonNode first = publish();
        long size1 = first.path("treeSize").asLong();
        assertTrue(size1 > 0, first::toString);
        assertEquals(32, bytes(first.path("rootHash")).length, "an SM3 root hash");
        assertTrue(bytes(first.path("signature")).length > 0, "the checkpoint is signed");

        long sequence = size1 - 1;
        JsonNode entry = AUDITOR.get("/api/audit/entries/" + sequence).json();
        assertEquals(sequence, entry.path("sequence").asLong(), entry::toString);
        JsonNode inclusion = AUDITOR.get("/api/audit/proofs/inclusion?sequence=" + sequence + "&treeSize=" + size1).json();
        List<byte[]> path = list(inclusion.path("path"));
        byte[] leaf = bytes(entry.path("leafHash"));
        assertTrue(MerkleProofs.inclusionVerifies(sequence, size1, leaf, path, bytes(first.path("rootHash"))),
                "the inclusion proof verifies: " + inclusion);
        if (!path.isEmpty()) {
            path.get(0)[0] ^= 1;
            assertFalse(MerkleProofs.inclusionVerifies(sequence, size1, leaf, path, bytes(first.path("rootHash"))),
                    "a tampered path does not");
        }

        Api.as("admin.zhang").post("/api/seals", SealFlowIT.sealRequest(Divisions.freshTownship()));
        JsonNode second = publish();
        long size2 = second.path("treeSize").asLong();
        assertTrue(size2 > size1, second::toString);
        JsonNode consistency = AUDITOR.get("/api/audit/proofs/consistency?from=" + size1 + "&to=" + size2).json();
        assertTrue(MerkleProofs.consistencyVerifies(size1, size2, bytes(first.path("rootHash")),
                bytes(second.path("rootHash")), list(consistency.path("path"))),
                "the consistency proof verifies: " + consistency);
    }

    @Test
    void badRangesAre400AndOtherRolesAre403() {
        Api.Answer outOfRange = AUDITOR.get("/api/audit/proofs/inclusion?sequence=5&treeSize=2");
        assertEquals(400, outOfRange.status(), outOfRange::toString);
        assertEquals("PROOF_RANGE_INVALID", outOfRange.code());
        assertEquals(400, AUDITOR.get("/api/audit/proofs/inclusion?sequence=x&treeSize=2").status());
        assertEquals(403, Api.as("agent.yang").get("/api/audit/checkpoints").status());
        assertEquals(403, Api.as("custodian.chen").post("/api/audit/checkpoints").status());
    }

    private static JsonNode publish() {
        Api.Answer answer = AUDITOR.post("/api/audit/checkpoints");
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }

    private static byte[] bytes(JsonNode base64) {
        return Base64.getDecoder().decode(base64.asText());
    }

    private static List<byte[]> list(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(node -> hashes.add(bytes(node)));
        return hashes;
    }
}
