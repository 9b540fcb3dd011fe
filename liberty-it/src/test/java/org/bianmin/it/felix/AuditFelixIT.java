package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.core.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail service in Felix: a seal's life appended through the registered
 * {@link AuditTrail}, a checkpoint signed by the county audit key from its encrypted PKCS#12 file,
 * and an auditor who checks, offline with {@code audit-verify.jar}, the export, the checkpoint's
 * signature, an inclusion proof and a consistency proof the service produced.
 */
class AuditFelixIT {
    private static final Path VERIFIER = Path.of(System.getProperty("bianmin.audit.verify.jar",
            "../audit-module/target/audit-verify.jar"));

    @TempDir
    Path dir;

    @Test
    void aSealFlowIsLoggedAndItsProofsVerifyOffline() throws Exception {
        Path keyStore = dir.resolve("audit-key.p12");
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase()
                .configure("org.bianmin.audit.trail", Map.of("keystore.path", keyStore.toString(),
                        "keystore.password", "felix-audit-secret", "checkpoint.interval.minutes", 0))
                .start()) {
            AuditTrail trail = felix.service(AuditTrail.class);
            long before = trail.size();
            Actor admin = Actor.of("county.admin.li");
            String seal = "LD-SEAL-513322-0001";
            List<AuditEntry> issued = trail.appendAll(List.of(
                    AuditEvent.of(AuditEventType.SEAL_REQUESTED, admin, seal),
                    AuditEvent.of(AuditEventType.SEAL_APPROVED, Actor.of("county.approver.zhao"), seal),
                    AuditEvent.of(AuditEventType.SEAL_MADE, admin, seal),
                    AuditEvent.of(AuditEventType.SEAL_ACTIVATED, admin, seal)));
            Checkpoint issuedCheckpoint = trail.publishCheckpoint();
            AuditEntry used = trail.append(new AuditEvent(AuditEventType.SEAL_USED, Actor.of("township.clerk.wang"),
                    seal, Map.of("document", "approval-2026-0042", "site", "兴隆镇便民服务中心")));
            Checkpoint checkpoint = trail.publishCheckpoint();

            assertEquals(before + 5, trail.size());
            assertEquals(issued.get(0).sequence() + 4, used.sequence());
            assertEquals(trail.size(), checkpoint.treeSize());
            assertTrue(Files.size(keyStore) > 0, "the embedded key store was created");

            InclusionProof inclusion = trail.inclusionProof(used.sequence(), checkpoint.treeSize());
            ConsistencyProof consistency = trail.consistencyProof(issuedCheckpoint.treeSize(), checkpoint.treeSize());
            Path export = dir.resolve("audit.jsonl");
            try (OutputStream out = Files.newOutputStream(export)) {
                trail.export(out);
            }
            Path key = dir.resolve("audit-key.pem");
            Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(trail.checkpointPublicKey()) + "\n-----END PUBLIC KEY-----\n");
            String entryLine = Files.readAllLines(export, StandardCharsets.UTF_8).get((int) used.sequence() + 1);
            Path inclusionFile = dir.resolve("inclusion.json");
            Files.writeString(inclusionFile, "{\"inclusionProof\":{\"entry\":" + entryLine + ",\"leafIndex\":"
                    + inclusion.leafIndex() + ",\"path\":" + hashes(inclusion.path()) + ",\"treeSize\":"
                    + inclusion.treeSize() + "}}");
            Path consistencyFile = dir.resolve("consistency.json");
            Files.writeString(consistencyFile, "{\"consistencyProof\":{\"fromSize\":" + consistency.fromSize()
                    + ",\"path\":" + hashes(consistency.path()) + ",\"toSize\":" + consistency.toSize() + "}}");

            Result result = verify(export.toString(), "--key", key.toString(), "--proof", inclusionFile.toString(),
                    "--proof", consistencyFile.toString());
            assertEquals(0, result.status(), result.output());
            assertTrue(result.output().contains("PASSED  inclusion-proof[entry=" + used.sequence() + ", size="
                    + checkpoint.treeSize() + "]"), result.output());
            assertTrue(result.output().contains("PASSED  consistency-proof[" + issuedCheckpoint.treeSize() + "->"
                    + checkpoint.treeSize() + "]"), result.output());
            assertTrue(result.output().contains("PASSED  checkpoint-signature[size=" + checkpoint.treeSize() + "]"),
                    result.output());

            Files.writeString(inclusionFile, Files.readString(inclusionFile).replace("approval-2026-0042",
                    "approval-2026-9999"));
            Result forged = verify(export.toString(), "--key", key.toString(), "--proof", inclusionFile.toString());
            assertEquals(1, forged.status(), forged.output());
            assertTrue(forged.output().contains("PROOF_ROOT_MISMATCH"), forged.output());
        }
    }

    private static String hashes(List<byte[]> path) {
        return path.stream().map(hash -> "\"" + Base64.getEncoder().encodeToString(hash) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private record Result(int status, String output) {
    }

    private static Result verify(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(VERIFIER), VERIFIER.toAbsolutePath() + " is missing: build audit-module first");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", VERIFIER.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the verifier did not finish");
        return new Result(process.exitValue(), output);
    }
}
