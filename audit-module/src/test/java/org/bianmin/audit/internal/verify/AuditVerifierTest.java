package org.bianmin.audit.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.audit.internal.key.Pkcs12AuditKey;
import org.bianmin.audit.internal.log.ProofCodec;
import org.junit.jupiter.api.Test;

class AuditVerifierTest {
    private final LogFixture log = new LogFixture().append(5).checkpoint().append(6).checkpoint().append(2).checkpoint();
    private final AuditVerifier verifier = new AuditVerifier(LogFixture.KEY.publicKey());

    @Test
    void anUntouchedExportPassesEveryCheck() throws IOException {
        AuditVerificationReport report = verify(log.export());
        assertTrue(report.passed(), report.failures().toString());
        assertEquals(List.of("audit-key", "export-format", "entry-canonical", "entry-sequence",
                "checkpoint-root[size=5]", "checkpoint-root[size=11]", "checkpoint-root[size=13]",
                "checkpoint-signature[size=5]", "checkpoint-signature[size=11]", "checkpoint-signature[size=13]"),
                report.results().stream().map(AuditCheckResult::check).toList());
    }

    @Test
    void aChangedEntryFailsTheRootsOfTheCheckpointsThatCoverIt() throws IOException {
        log.lines.set(7, log.lines.get(7).replace("doc-7", "doc-X"));
        AuditVerificationReport report = verify(log.export());
        assertEquals(List.of("checkpoint-root[size=11]", "checkpoint-root[size=13]"), failedChecks(report));
        AuditCheckResult first = report.find("checkpoint-root[size=11]").orElseThrow();
        assertEquals(Reason.ROOT_MISMATCH, first.reason());
        assertTrue(first.detail().contains("entries 5 to 10"), first.detail());
    }

    @Test
    void aRemovedEntryBreaksTheSequenceAndTheLaterRoots() throws IOException {
        log.lines.remove(3);
        AuditVerificationReport report = verify(log.export());
        assertEquals(List.of("entry-sequence", "checkpoint-root[size=5]", "checkpoint-root[size=11]",
                "checkpoint-root[size=13]"), failedChecks(report));
        assertEquals(Reason.SEQUENCE_BROKEN, report.find("entry-sequence").orElseThrow().reason());
        assertTrue(report.find("entry-sequence").orElseThrow().detail().contains("line 5: holds entry 4 where entry 3"));
        assertEquals(Reason.CHECKPOINT_BEYOND_LOG, report.find("checkpoint-root[size=13]").orElseThrow().reason());
    }

    @Test
    void reorderedEntriesFailTheSequence() throws IOException {
        String third = log.lines.get(2);
        log.lines.set(2, log.lines.get(3));
        log.lines.set(3, third);
        AuditVerificationReport report = verify(log.export());
        assertEquals(List.of("entry-sequence", "checkpoint-root[size=5]", "checkpoint-root[size=11]",
                "checkpoint-root[size=13]"), failedChecks(report));
    }

    @Test
    void aNonCanonicalPayloadIsNamed() throws IOException {
        log.lines.set(12, log.lines.get(12).replace("{\"document\"", "{ \"document\""));
        AuditVerificationReport report = verify(log.export());
        assertEquals(List.of("entry-canonical", "checkpoint-root[size=13]"), failedChecks(report));
        AuditCheckResult canonical = report.find("entry-canonical").orElseThrow();
        assertEquals(Reason.PAYLOAD_NOT_CANONICAL, canonical.reason());
        assertTrue(canonical.detail().startsWith("line 14: entry 12: expected a member name"), canonical.detail());
    }

    @Test
    void aTruncatedExportIsReportedWithTheLine() throws IOException {
        byte[] whole = log.export();
        AuditVerificationReport report = verify(Arrays.copyOf(whole, whole.length / 2));
        AuditCheckResult format = report.find("export-format").orElseThrow();
        assertEquals(Reason.EXPORT_TRUNCATED, format.reason());
        assertTrue(format.detail().contains("the header announces 13 entries"), format.detail());
        assertFalse(report.passed());
        assertEquals(Reason.EXPORT_TRUNCATED, verify(new byte[0]).find("export-format").orElseThrow().reason());
    }

    @Test
    void largeExportsNameTheRightLineAcrossBatches() throws IOException {
        LogFixture big = new LogFixture().append(9000).checkpoint().append(1000).checkpoint();
        assertTrue(verify(big.export()).passed());
        big.lines.remove(5000);
        String seventhThousand = big.lines.get(6999);
        big.lines.set(6999, seventhThousand.replace("{\"document\"", "{ \"document\""));
        AuditVerificationReport report = verify(big.export());
        assertEquals("line 5002: holds entry 5001 where entry 5000 belongs",
                report.find("entry-sequence").orElseThrow().detail());
        assertTrue(report.find("entry-canonical").orElseThrow().detail().startsWith("line 7001: entry 6999:"),
                report.find("entry-canonical").orElseThrow().detail());
        assertTrue(report.find("export-format").orElseThrow().passed());
        byte[] whole = big.export();
        int lineStart = 0;
        for (int line = 1; line < 9501; line++) {
            lineStart = indexOf(whole, (byte) '\n', lineStart) + 1;
        }
        AuditCheckResult cut = verify(Arrays.copyOf(whole, lineStart + 10)).find("export-format").orElseThrow();
        assertEquals(Reason.EXPORT_TRUNCATED, cut.reason());
        assertEquals("line 9501: the line is cut off; the header announces 9999 entries, 9499 are complete",
                cut.detail());
    }

    @Test
    void aBadHeaderIsMalformed() throws IOException {
        AuditVerificationReport report = verify("{\"format\":\"something else\"}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.EXPORT_MALFORMED, report.find("export-format").orElseThrow().reason());
        assertEquals(Reason.EXPORT_MALFORMED, verifyText("garbage\n").find("export-format").orElseThrow().reason());
    }

    @Test
    void aForgedCheckpointFailsItsSignature() throws IOException {
        Checkpoint real = log.checkpoints.get(1);
        byte[] root = real.rootHash();
        root[0] ^= 1;
        log.checkpoints.set(1, new Checkpoint(real.treeSize(), root, real.time(), real.keyId(), real.signature()));
        AuditVerificationReport report = verify(log.export());
        assertEquals(List.of("checkpoint-root[size=11]", "checkpoint-signature[size=11]"), failedChecks(report));
        assertEquals(Reason.SIGNATURE_INVALID, report.find("checkpoint-signature[size=11]").orElseThrow().reason());
        assertEquals(Reason.SIGNATURE_INVALID, verifier.checkpoint(log.checkpoints.get(1)).reason());
        assertTrue(verifier.checkpoint(log.checkpoints.get(0)).passed());
    }

    @Test
    void anotherKeyIsNotTrusted() throws IOException {
        AuditVerifier other = new AuditVerifier(Pkcs12AuditKey.ephemeral().publicKey());
        AuditVerificationReport report = other.verifyExport(new ByteArrayInputStream(log.export()), List.of(), List.of());
        assertEquals(Reason.KEY_NOT_TRUSTED, report.find("audit-key").orElseThrow().reason());
        assertEquals(Reason.KEY_MISMATCH, report.find("checkpoint-signature[size=5]").orElseThrow().reason());
    }

    @Test
    void inclusionProofsVerifyAgainstCheckpoints() {
        Checkpoint checkpoint = log.checkpoints.get(1);
        InclusionProof proof = new InclusionProof(7, 11, log.tree.proofs().inclusion(7, 11));
        assertTrue(verifier.inclusion(log.lines.get(7), proof, checkpoint).passed());
        assertEquals(Reason.PROOF_ROOT_MISMATCH,
                verifier.inclusion(log.lines.get(7).replace("doc-7", "doc-8"), proof, checkpoint).reason());
        assertEquals(Reason.PROOF_ROOT_MISMATCH, verifier.inclusion(log.lines.get(6), proof, checkpoint).reason());
        assertEquals(Reason.PROOF_SIZE_MISMATCH, verifier.inclusion(log.lines.get(7), proof, log.checkpoints.get(2))
                .reason());
        assertEquals(Reason.ENTRY_BEYOND_TREE,
                InclusionCheck.check(log.lines.get(7), 11, 11, proof.path(), checkpoint).reason());
        assertEquals(Reason.PROOF_LENGTH_WRONG,
                InclusionCheck.check(log.lines.get(7), 7, 11, proof.path().subList(1, 4), checkpoint).reason());
    }

    @Test
    void consistencyProofsVerifyAgainstCheckpoints() {
        ConsistencyProof proof = new ConsistencyProof(5, 13, log.tree.proofs().consistency(5, 13));
        assertTrue(verifier.consistency(proof, log.checkpoints.get(0), log.checkpoints.get(2)).passed());
        assertEquals(Reason.PROOF_SIZE_MISMATCH,
                verifier.consistency(proof, log.checkpoints.get(1), log.checkpoints.get(2)).reason());
        ConsistencyProof wrong = new ConsistencyProof(5, 13, log.tree.proofs().consistency(5, 12));
        assertFalse(verifier.consistency(wrong, log.checkpoints.get(0), log.checkpoints.get(2)).passed());
    }

    @Test
    void proofFilesAreCheckedDuringTheReplay() throws IOException {
        Object inclusion = ProofCodec.read(ProofCodec.write(new InclusionProof(3, 11, log.tree.proofs().inclusion(3, 11)),
                log.lines.get(3)));
        Object consistency = ProofCodec.read(ProofCodec.write(new ConsistencyProof(11, 13,
                log.tree.proofs().consistency(11, 13))));
        Object beyond = ProofCodec.read("{\"inclusionProof\":{\"entry\":" + log.lines.get(3)
                + ",\"leafIndex\":20,\"path\":[],\"treeSize\":13}}");
        Object unknownSize = ProofCodec.read(ProofCodec.write(new ConsistencyProof(4, 13,
                log.tree.proofs().consistency(4, 13))));
        AuditVerificationReport report = verifier.verifyExport(new ByteArrayInputStream(log.export()), List.of(),
                List.of(inclusion, consistency, beyond, unknownSize));
        assertEquals(List.of("inclusion-proof[entry=20, size=13]", "consistency-proof[4->13]"), failedChecks(report));
        assertEquals(Reason.ENTRY_BEYOND_TREE, report.find("inclusion-proof[entry=20").orElseThrow().reason());
        assertEquals(Reason.NO_CHECKPOINT, report.find("consistency-proof[4->13]").orElseThrow().reason());
    }

    @Test
    void aCheckpointFromElsewhereIsCheckedToo() throws IOException {
        Checkpoint published = log.checkpoints.get(2);
        LogFixture rewritten = new LogFixture().append(1, "forged-").append(12).checkpoint();
        AuditVerificationReport report = verifier.verifyExport(new ByteArrayInputStream(rewritten.export()),
                List.of(published), List.of());
        assertEquals(List.of("checkpoint-root[size=13, given]"), failedChecks(report));
        assertEquals(1, report.failures().size(), report.failures().toString());
        assertEquals(Reason.ROOT_MISMATCH, report.failures().get(0).reason());
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private AuditVerificationReport verify(byte[] export) throws IOException {
        return verifier.verifyExport(new ByteArrayInputStream(export), List.of(), List.of());
    }

    private AuditVerificationReport verifyText(String export) throws IOException {
        return verifier.verifyExport(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)),
                List.of(), List.of());
    }

    private static List<String> failedChecks(AuditVerificationReport report) {
        return report.failures().stream().map(AuditCheckResult::check).distinct().toList();
    }

}
