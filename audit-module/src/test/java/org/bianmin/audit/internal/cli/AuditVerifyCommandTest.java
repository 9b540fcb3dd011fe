package org.bianmin.audit.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.audit.internal.key.Pkcs12AuditKey;
import org.bianmin.audit.internal.log.CheckpointCodec;
import org.bianmin.audit.internal.log.EntryCodec;
import org.bianmin.audit.internal.log.ExportWriter;
import org.bianmin.audit.internal.log.ProofCodec;
import org.bianmin.audit.internal.merkle.MemoryTree;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.bianmin.audit.internal.verify.Sm2Verification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditVerifyCommandTest {
    private static final Pkcs12AuditKey KEY = Pkcs12AuditKey.ephemeral();

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final MemoryTree tree = new MemoryTree();
    private Path export;
    private Path key;
    private String out;
    private String err;

    @BeforeEach
    void writeLog() throws IOException {
        for (int i = 0; i < 9; i++) {
            String line = EntryCodec.line(i, Instant.parse("2026-11-26T03:00:00Z").plusSeconds(i), "county.admin.li",
                    "SEAL_REVOKED", "LD-SEAL-" + i, EntryCodec.payload(Map.of("reason", "lost")));
            lines.add(line);
            tree.append(new Sm3Hasher().leaf(line.getBytes(StandardCharsets.UTF_8)));
            if (i == 3 || i == 8) {
                long size = i + 1;
                Instant time = Instant.parse("2026-11-26T04:00:00Z").plusSeconds(i);
                checkpoints.add(new Checkpoint(size, tree.root(size), time, CheckpointCodec.keyId(KEY.publicKey()),
                        KEY.sign(CheckpointCodec.signedBytes(size, tree.root(size), time))));
            }
        }
        export = write(lines);
        key = dir.resolve("audit-key.pem");
        Files.writeString(key, Sm2Verification.toPem(KEY.publicKey()));
    }

    @Test
    void anUntouchedExportPassesWithExitZero() {
        assertEquals(0, run(export.toString(), "--key", key.toString()));
        assertTrue(out.contains("PASSED  checkpoint-root[size=9]"), out);
        assertTrue(out.endsWith("Verdict: PASSED (8 checks)\n"), out);
    }

    @Test
    void aFailedCheckExitsOneAndNamesIt() throws IOException {
        lines.set(2, lines.get(2).replace("lost", "found"));
        assertEquals(1, run(write(lines).toString(), "--key", key.toString()));
        assertTrue(out.contains("FAILED  checkpoint-root[size=4]"), out);
        assertTrue(out.contains("ROOT_MISMATCH: the root recomputed from the log differs"), out);
        assertTrue(out.contains("Verdict: FAILED (2 of 8 checks failed)"), out);
        assertFalse(out.contains("Exception"), out);
    }

    @Test
    void jsonOutputIsCanonicalJson() {
        assertEquals(0, run(export.toString(), "--key", key.toString(), "--format", "json"));
        assertTrue(out.startsWith("{\"checks\":[{\"check\":\"audit-key\""), out);
        assertTrue(out.strip().endsWith(",\"verdict\":\"PASSED\"}"), out);
    }

    @Test
    void withoutAKeyToTrustAnIntactExportDoesNotPass() {
        assertEquals(1, run(export.toString()));
        assertTrue(out.startsWith("FAILED  audit-key"), out);
        assertTrue(out.contains("KEY_NOT_TRUSTED") && out.contains("give the county's published key"), out);
        assertTrue(out.contains("PASSED  checkpoint-root[size=9]"), "the other checks still run: " + out);
        assertTrue(out.contains("Verdict: FAILED (1 of 8 checks failed)"), out);
    }

    @Test
    void anOfflineProofIsCheckedAloneWithThePinnedKey() throws IOException {
        Path proof = offlineProof(5, lines.get(5), checkpoints.get(1));
        assertEquals(0, run("--key", key.toString(), "--proof", proof.toString()));
        assertTrue(out.contains("PASSED  checkpoint-signature[size=9]"), out);
        assertTrue(out.contains("PASSED  inclusion-proof[entry=5, size=9]"), out);
        assertTrue(out.endsWith("Verdict: PASSED (2 checks)\n"), out);
    }

    @Test
    void anOfflineProofWithoutAKeyToTrustFails() throws IOException {
        Path proof = offlineProof(5, lines.get(5), checkpoints.get(1));
        assertEquals(1, run("--proof", proof.toString()));
        assertTrue(out.matches("(?s)FAILED  checkpoint-signature\\[size=9] +KEY_NOT_TRUSTED.*"), out);
        assertTrue(out.matches("(?s).*FAILED  inclusion-proof\\[entry=5, size=9] +NO_CHECKPOINT.*"), out);
    }

    @Test
    void anOfflineProofOfAnAlteredEntryFails() throws IOException {
        Path proof = offlineProof(5, lines.get(5).replace("\"lost\"", "\"found\""), checkpoints.get(1));
        assertEquals(1, run("--key", key.toString(), "--proof", proof.toString()));
        assertTrue(out.contains("PASSED  checkpoint-signature[size=9]"), out);
        assertTrue(out.contains("FAILED  inclusion-proof[entry=5, size=9]  PROOF_ROOT_MISMATCH"), out);
    }

    @Test
    void anOfflineProofSignedByAnotherKeyFails() throws IOException {
        Pkcs12AuditKey other = Pkcs12AuditKey.ephemeral();
        Checkpoint real = checkpoints.get(1);
        Checkpoint foreign = new Checkpoint(real.treeSize(), real.rootHash(), real.time(),
                CheckpointCodec.keyId(other.publicKey()), other.sign(CheckpointCodec.signedBytes(real)));
        Path proof = offlineProof(5, lines.get(5), foreign);
        assertEquals(1, run("--key", key.toString(), "--proof", proof.toString()));
        assertTrue(out.matches("(?s)FAILED  checkpoint-signature\\[size=9] +KEY_MISMATCH.*"), out);
    }

    @Test
    void anOfflineProofIsCheckedBesideAnExport() throws IOException {
        Path proof = offlineProof(2, lines.get(2), checkpoints.get(0));
        assertEquals(0, run(export.toString(), "--key", key.toString(), "--proof", proof.toString()));
        assertTrue(out.contains("PASSED  inclusion-proof[entry=2, size=4]"), out);
    }

    @Test
    void proofsAndOutsideCheckpointsAreChecked() throws IOException {
        Path inclusion = dir.resolve("entry-5.json");
        Files.writeString(inclusion, ProofCodec.write(new InclusionProof(5, 9, tree.proofs().inclusion(5, 9)),
                lines.get(5)));
        Path consistency = dir.resolve("4-9.json");
        Files.writeString(consistency, ProofCodec.write(new ConsistencyProof(4, 9, tree.proofs().consistency(4, 9))));
        Path bare = dir.resolve("4-9-bare.json");
        String path = tree.proofs().consistency(4, 9).stream()
                .map(hash -> "\"" + java.util.Base64.getEncoder().encodeToString(hash) + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        Files.writeString(bare, "{\"fromSize\":4,\"path\":" + path + ",\"toSize\":9}");
        Path checkpoint = dir.resolve("checkpoint.json");
        Files.writeString(checkpoint, CheckpointCodec.toText(checkpoints.get(0)));
        assertEquals(0, run(export.toString(), "--key", key.toString(), "--proof", inclusion.toString(),
                "--proof", consistency.toString(), "--proof", bare.toString(), "--checkpoint", checkpoint.toString()));
        assertTrue(out.contains("PASSED  inclusion-proof[entry=5, size=9]"), out);
        assertTrue(out.contains("PASSED  consistency-proof[4->9]"), out);
        assertEquals(2, out.split("PASSED  consistency-proof\\[4->9]", -1).length - 1, "the bare proof is read too: " + out);
    }

    @Test
    void aProofBeyondTheTreeFailsWithAReason() throws IOException {
        Path beyond = dir.resolve("beyond.json");
        Files.writeString(beyond, "{\"inclusionProof\":{\"entry\":" + lines.get(5)
                + ",\"leafIndex\":12,\"path\":[],\"treeSize\":9}}");
        assertEquals(1, run(export.toString(), "--key", key.toString(), "--proof", beyond.toString()));
        assertTrue(out.contains("FAILED  inclusion-proof[entry=12, size=9]  ENTRY_BEYOND_TREE"), out);
    }

    @Test
    void aWrongSignatureAndABrokenProofFileAreVerdicts() throws IOException {
        Checkpoint real = checkpoints.get(1);
        Checkpoint forged = new Checkpoint(real.treeSize(), real.rootHash(), real.time().plusSeconds(60), real.keyId(),
                real.signature());
        Path file = dir.resolve("forged.json");
        Files.writeString(file, CheckpointCodec.toText(forged));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"inclusionProof\":");
        assertEquals(1, run(export.toString(), "--key", key.toString(), "--checkpoint", file.toString(),
                "--proof", broken.toString()));
        assertTrue(out.contains("FAILED  proof-file[broken.json]"), out);
        assertTrue(out.contains("SIGNATURE_INVALID"), out);
    }

    @Test
    void aTruncatedExportFailsNamingTheLine() throws IOException {
        byte[] whole = Files.readAllBytes(export);
        Path cut = dir.resolve("cut.jsonl");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 40));
        assertEquals(1, run(cut.toString(), "--key", key.toString()));
        assertTrue(out.contains("FAILED  export-format") && out.contains("EXPORT_TRUNCATED"), out);
        assertTrue(out.contains("line 12: the line is cut off"), out);
    }

    @Test
    void usageErrorsExit64AndUnreadableFilesExit66() throws IOException {
        assertEquals(64, run());
        assertTrue(err.contains("give the EXPORT to check, or only offline proofs (--proof) or checkpoint notes (--note) to check alone"), err);
        Path inclusion = dir.resolve("entry-5.json");
        Files.writeString(inclusion, ProofCodec.write(new InclusionProof(5, 9, tree.proofs().inclusion(5, 9)), lines.get(5)));
        assertEquals(64, run("--key", key.toString(), "--proof", inclusion.toString()));
        assertEquals(64, run(export.toString(), "--format", "xml"));
        assertEquals(66, run(dir.resolve("missing.jsonl").toString()));
        assertTrue(err.contains("missing.jsonl: no such file"), err);
        assertEquals(66, run(export.toString(), "--key", dir.resolve("nokey.pem").toString()));
        assertTrue(err.contains("nokey.pem: no such file"), err);
        assertEquals(66, run(dir.toString()));
        assertTrue(err.startsWith("audit-verify: cannot read " + dir + ": "), err);
    }

    @Test
    void helpShowsAnExample() {
        assertEquals(0, run("--help"));
        assertTrue(out.contains("Examples:") && out.contains("java -jar audit-verify.jar --key"), out + "|" + err);
        assertTrue(out.contains("66 a file cannot be read"), out);
    }

    /** An offline proof that {@code entryLine} is leaf {@code leaf} of {@code checkpoint}'s tree, as the trail writes one. */
    private Path offlineProof(long leaf, String entryLine, Checkpoint checkpoint) throws IOException {
        long size = checkpoint.treeSize();
        Path file = dir.resolve("entry-" + leaf + ".proof.json");
        Files.writeString(file, ProofCodec.write(new InclusionProof(leaf, size, tree.proofs().inclusion(leaf, size)),
                entryLine, checkpoint));
        return file;
    }

    private Path write(List<String> entryLines) throws IOException {
        Path file = Files.createTempFile(dir, "export", ".jsonl");
        try (OutputStream stream = Files.newOutputStream(file)) {
            ExportWriter writer = new ExportWriter(stream);
            writer.header(entryLines.size(), checkpoints.size(), KEY.publicKey());
            for (String line : entryLines) {
                writer.entry(line);
            }
            for (Checkpoint checkpoint : checkpoints) {
                writer.checkpoint(checkpoint);
            }
        }
        return file;
    }

    private int run(String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        int status = AuditVerifyCommand.run(args, new PrintWriter(outText), new PrintWriter(errText));
        out = outText.toString();
        err = errText.toString();
        return status;
    }
}
