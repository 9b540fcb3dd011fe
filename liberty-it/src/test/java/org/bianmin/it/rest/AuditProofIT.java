package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bianmin.it.AuditVerifyJar;
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

    /**
     * The offline proof of an entry, as the server hands it out, goes straight into
     * {@code audit-verify.jar} with the key the server publishes: PASSED; the same file with the
     * entry altered: FAILED.
     */
    @Test
    void anEntrysOfflineProofFromTheServerPassesAuditVerifyJarAlone() throws Exception {
        Api.as("admin.zhang").post("/api/seals", SealFlowIT.sealRequest(Divisions.freshTownship()));
        long sequence = publish().path("treeSize").asLong() - 1;
        Api.Answer proof = AUDITOR.get("/api/audit/entries/" + sequence + "/proof");
        assertEquals(200, proof.status(), proof::toString);
        assertEquals("attachment; filename=\"bianmin-audit-entry-" + sequence + ".proof.json\"",
                proof.header("Content-Disposition"), "saved under the entry's sequence number");
        Path dir = Files.createTempDirectory("audit-proof");
        Path keyFile = publishedKey(dir);
        Path proofFile = Files.write(dir.resolve("entry.proof.json"), proof.body());
        AuditVerifyJar.Result result = AuditVerifyJar.run("--key", keyFile.toString(), "--proof", proofFile.toString());
        assertEquals(0, result.status(), result.output());
        assertTrue(result.output().contains("PASSED  inclusion-proof[entry=" + sequence + ", size=" + (sequence + 1)
                + "]"), result.output());
        assertTrue(result.output().endsWith("Verdict: PASSED (2 checks)\n"), result.output());

        Files.writeString(proofFile, proof.text().replace("\"admin.zhang\"", "\"admin.wang\""));
        AuditVerifyJar.Result altered = AuditVerifyJar.run("--key", keyFile.toString(), "--proof", proofFile.toString());
        assertEquals(1, altered.status(), altered.output());
        assertTrue(altered.output().contains("PROOF_ROOT_MISMATCH"), altered.output());
    }

    /**
     * The county TSA stamps every checkpoint: the token the REST API shows is the one the offline
     * proof carries, and {@code audit-verify.jar} checks it against the TSA certificate the server
     * publishes, reporting its genTime; a proof with the stamp cut out fails when one is required.
     */
    @Test
    void aCheckpointIsTimeStampedByTheCountyTsaAndTheStampVerifiesOffline() throws Exception {
        Api.as("admin.zhang").post("/api/seals", SealFlowIT.sealRequest(Divisions.freshTownship()));
        long size = publish().path("treeSize").asLong();
        JsonNode stamp = AUDITOR.get("/api/audit/checkpoints/" + size + "/timestamp").json();
        assertTrue(stamp.path("stamped").asBoolean(), stamp::toString);
        Api.Answer proof = AUDITOR.get("/api/audit/entries/" + (size - 1) + "/proof");
        assertEquals(200, proof.status(), proof::toString);
        assertEquals(stamp.path("timeStampToken").asText(),
                proof.json().path("offlineProof").path("checkpointTimeStamp").asText(), "the proof carries the stamp");

        Path dir = Files.createTempDirectory("audit-stamp");
        Api.Answer certificate = AUDITOR.get("/api/tsa/certificate", "application/pkix-cert");
        assertEquals(200, certificate.status(), certificate::toString);
        Path tsa = Files.writeString(dir.resolve("county-tsa.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(certificate.body()) + "\n-----END CERTIFICATE-----\n");
        Path proofFile = Files.write(dir.resolve("entry.proof.json"), proof.body());
        Path key = publishedKey(dir);
        AuditVerifyJar.Result result = AuditVerifyJar.run("--key", key.toString(), "--proof", proofFile.toString(),
                "--tsa-cert", tsa.toString(), "--require-timestamp");
        assertEquals(0, result.status(), result.output());
        assertTrue(result.output().matches("(?s).*PASSED  checkpoint-timestamp\\[size=" + size + "\\] +genTime .*"),
                result.output());

        Files.writeString(proofFile, proof.text().replaceAll(",\"checkpointTimeStamp\":\"[^\"]*\"", ""));
        AuditVerifyJar.Result unstamped = AuditVerifyJar.run("--key", key.toString(), "--proof", proofFile.toString(),
                "--tsa-cert", tsa.toString(), "--require-timestamp");
        assertEquals(1, unstamped.status(), unstamped.output());
        assertTrue(unstamped.output().contains("TIMESTAMP_MISSING"), unstamped.output());
    }

    /** A checkpoint and a consistency proof saved from the API are files the verifier reads as they are. */
    @Test
    void theExportACheckpointAndAConsistencyProofFromTheServerGoIntoAuditVerifyJarAsTheyAre() throws Exception {
        Api.as("admin.zhang").post("/api/seals", SealFlowIT.sealRequest(Divisions.freshTownship()));
        long older = publish().path("treeSize").asLong();
        Api.as("admin.zhang").post("/api/seals", SealFlowIT.sealRequest(Divisions.freshTownship()));
        long newer = publish().path("treeSize").asLong();
        Path dir = Files.createTempDirectory("audit-export");
        Path keyFile = publishedKey(dir);
        Path export = Files.write(dir.resolve("bianmin-audit.log"), AUDITOR.get("/api/audit/export").body());
        Path checkpoint = Files.write(dir.resolve("checkpoint.json"),
                AUDITOR.get("/api/audit/checkpoints/" + older).body());
        Path consistency = Files.write(dir.resolve("consistency.json"),
                AUDITOR.get("/api/audit/proofs/consistency?from=" + older + "&to=" + newer).body());
        AuditVerifyJar.Result result = AuditVerifyJar.run(export.toString(), "--key", keyFile.toString(),
                "--checkpoint", checkpoint.toString(), "--proof", consistency.toString());
        assertEquals(0, result.status(), result.output());
        assertTrue(result.output().contains("PASSED  checkpoint-signature[size=" + older + ", given]"), result.output());
        assertTrue(result.output().contains("PASSED  consistency-proof[" + older + "->" + newer + "]"), result.output());
    }

    /**
     * The newest checkpoint as a signed note goes into {@code audit-verify.jar --note} with a
     * verifier key the server publishes, SM2 or Ed25519: PASSED; without a pinned key, or with the
     * note altered: FAILED.
     */
    @Test
    void theLatestCheckpointNoteFromTheServerPassesAuditVerifyJarWithAPinnedKey() throws Exception {
        Api.as("admin.zhang").post("/api/seals", SealFlowIT.sealRequest(Divisions.freshTownship()));
        long size = publish().path("treeSize").asLong();
        Api.Answer note = AUDITOR.get("/api/audit/checkpoints/latest", "text/x.tlog.checkpoint");
        assertEquals(200, note.status(), note::toString);
        assertEquals(note.text(), AUDITOR.get("/api/audit/checkpoints/" + size + "/note", "text/x.tlog.checkpoint").text());
        String[] lines = note.text().split("\n");
        assertEquals(String.valueOf(size), lines[1], note::toString);
        assertEquals(size, AUDITOR.get("/api/audit/checkpoints/latest").json().path("treeSize").asLong());
        JsonNode keys = AUDITOR.get("/api/audit/note-keys").json();
        assertEquals(2, keys.size(), keys::toString);
        Path dir = Files.createTempDirectory("audit-note");
        Path file = Files.writeString(dir.resolve("checkpoint.note"), note.text());
        for (JsonNode key : keys) {
            AuditVerifyJar.Result result = AuditVerifyJar.run("--note", file.toString(), "--log-key", key.asText());
            assertEquals(0, result.status(), result.output());
            assertTrue(result.output().contains("PASSED  note-signature[" + lines[0] + ", size=" + size + "]"),
                    result.output());
        }
        assertEquals(1, AuditVerifyJar.run("--note", file.toString()).status(), "no pinned key, no pass");
        Files.writeString(file, note.text().replaceFirst("\n" + size + "\n", "\n" + (size + 1) + "\n"));
        AuditVerifyJar.Result altered = AuditVerifyJar.run("--note", file.toString(), "--log-key", keys.get(0).asText());
        assertEquals(1, altered.status(), altered.output());
        assertTrue(altered.output().contains("SIGNATURE_INVALID"), altered.output());
        assertEquals(true, AUDITOR.get("/api/audit/checkpoints/" + size + "/witnessed").json().path("witnessed")
                .asBoolean(), "no witness is required here");
    }

    @Test
    void anEntryNoCheckpointCoversHasNoOfflineProofYet() {
        publish();
        Api.as("admin.zhang").post("/api/seals", SealFlowIT.sealRequest(Divisions.freshTownship()));
        long newest = AUDITOR.get("/api/audit").json().path("size").asLong() - 1;
        Api.Answer none = AUDITOR.get("/api/audit/entries/" + newest + "/proof");
        assertEquals(404, none.status(), none::toString);
        assertEquals("CHECKPOINT_NOT_FOUND", none.code());
        assertEquals(404, AUDITOR.get("/api/audit/entries/" + (newest + 1000) + "/proof").status());
        assertEquals(403, Api.as("agent.yang").get("/api/audit/entries/0/proof").status());
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

    /** The checkpoint key as the server publishes it in PEM, saved in {@code dir}. */
    private static Path publishedKey(Path dir) throws java.io.IOException {
        Api.Answer key = AUDITOR.get("/api/audit/public-key", "application/x-pem-file");
        assertEquals(200, key.status(), key::toString);
        assertTrue(key.text().startsWith("-----BEGIN PUBLIC KEY-----\n"), key::toString);
        return Files.writeString(dir.resolve("county-audit-key.pem"), key.text());
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
