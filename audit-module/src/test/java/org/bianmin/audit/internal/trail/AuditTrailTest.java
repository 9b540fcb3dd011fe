package org.bianmin.audit.internal.trail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.audit.internal.log.EntryCodec;
import org.bianmin.audit.internal.log.ProofCodec;
import org.bianmin.audit.internal.log.ProofCodec.OfflineClaim;
import org.bianmin.audit.internal.merkle.MemoryTree;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.bianmin.audit.internal.verify.AuditVerifier;
import org.bianmin.audit.internal.verify.AuditVerificationReport;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
    private final TrailFixture fixture = new TrailFixture();
    private final AuditTrailComponent trail = fixture.trail;
    private final AuditVerifier verifier = new AuditVerifier(TrailFixture.KEY.publicKey());

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void appendsNumberEntriesWithoutGapsAndHashTheirCanonicalLines() {
        AuditEntry first = trail.append(TrailFixture.sealUsed(0));
        List<AuditEntry> more = trail.appendAll(List.of(TrailFixture.sealUsed(1), TrailFixture.sealUsed(2)));
        assertEquals(0, first.sequence());
        assertEquals(List.of(1L, 2L), more.stream().map(AuditEntry::sequence).toList());
        assertEquals(3, trail.size());
        assertEquals("{\"document\":\"approval-0\",\"site\":\"兴隆镇便民服务中心\"}", first.payloadJson());
        AuditEntry read = trail.entry(0);
        assertEquals(first.time(), read.time());
        assertEquals(first.time().getNano() % 1000, 0, "time is cut to microseconds");
        assertArrayEquals(first.leafHash(), read.leafHash());
        assertArrayEquals(new Sm3Hasher().leaf(EntryCodec.line(read).getBytes(StandardCharsets.UTF_8)), read.leafHash());
        assertEquals(3, trail.entries(0, 10).size());
    }

    @Test
    void rootsAndProofsEqualTheInMemoryTree() {
        MemoryTree reference = new MemoryTree();
        List<AuditEvent> batch = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            batch.add(TrailFixture.sealUsed(i));
        }
        trail.appendAll(batch.subList(0, 5)).forEach(entry -> reference.append(entry.leafHash()));
        Checkpoint five = trail.publishCheckpoint();
        for (int i = 5; i < 37; i++) {
            reference.append(trail.append(batch.get(i)).leafHash());
        }
        Checkpoint all = trail.publishCheckpoint();
        assertArrayEquals(reference.root(5), five.rootHash());
        assertArrayEquals(reference.root(37), all.rootHash());
        for (int m = 0; m < 37; m++) {
            InclusionProof proof = trail.inclusionProof(m, 37);
            assertTrue(verifier.inclusion(EntryCodec.line(trail.entry(m)), proof, all).passed(), "entry " + m);
        }
        ConsistencyProof consistency = trail.consistencyProof(5, 37);
        assertTrue(verifier.consistency(consistency, five, all).passed());
        assertTrue(verifier.checkpoint(five).passed());
        assertTrue(verifier.checkpoint(all).passed());
    }

    @Test
    void checkpointsArePublishedOncePerTreeSize() {
        Checkpoint empty = trail.publishCheckpoint();
        assertEquals(0, empty.treeSize());
        assertArrayEquals(new Sm3Hasher().empty(), empty.rootHash());
        trail.append(TrailFixture.sealUsed(0));
        Checkpoint one = trail.publishCheckpoint();
        Checkpoint again = trail.publishCheckpoint();
        assertEquals(one.time(), again.time());
        assertArrayEquals(one.signature(), again.signature());
        assertEquals(List.of(0L, 1L), trail.checkpoints().stream().map(Checkpoint::treeSize).toList());
        assertEquals(1, trail.latestCheckpoint().orElseThrow().treeSize());
        assertEquals(one.time(), trail.checkpoint(1).time());
    }

    @Test
    void refusalsCarryTheirCodes() {
        trail.appendAll(List.of(TrailFixture.sealUsed(0), TrailFixture.sealUsed(1)));
        assertEquals(ErrorCode.PROOF_RANGE_INVALID, assertThrows(BianminException.class,
                () -> trail.inclusionProof(2, 2)).code());
        assertEquals(ErrorCode.PROOF_RANGE_INVALID, assertThrows(BianminException.class,
                () -> trail.inclusionProof(0, 3)).code());
        assertEquals(ErrorCode.PROOF_RANGE_INVALID, assertThrows(BianminException.class,
                () -> trail.consistencyProof(2, 1)).code());
        assertEquals(ErrorCode.PROOF_RANGE_INVALID, assertThrows(BianminException.class,
                () -> trail.consistencyProof(1, 3)).code());
        assertEquals(ErrorCode.AUDIT_ENTRY_NOT_FOUND, assertThrows(BianminException.class,
                () -> trail.entry(2)).code());
        assertEquals(ErrorCode.CHECKPOINT_NOT_FOUND, assertThrows(BianminException.class,
                () -> trail.checkpoint(2)).code());
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class,
                () -> trail.appendAll(List.of())).code());
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class,
                () -> trail.entries(5, 1)).code());
        assertEquals(2, trail.size(), "a refused call writes nothing");
    }

    @Test
    void anOfflineProofLeadsFromTheStoredEntryToTheNewestCheckpoint() {
        trail.appendAll(List.of(TrailFixture.sealUsed(0), TrailFixture.sealUsed(1), TrailFixture.sealUsed(2)));
        BianminException none = assertThrows(BianminException.class, () -> trail.exportProof(1, new ByteArrayOutputStream()));
        assertEquals(ErrorCode.CHECKPOINT_NOT_FOUND, none.code());
        assertTrue(none.getMessage().contains("no checkpoint covers entry 1 yet"), none.getMessage());
        trail.publishCheckpoint();
        trail.appendAll(List.of(TrailFixture.sealUsed(3), TrailFixture.sealUsed(4)));
        Checkpoint newest = trail.publishCheckpoint();

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        trail.exportProof(1, file);
        String text = file.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"offlineProof\":{\"checkpoint\":{"), text);
        assertTrue(text.contains("\"treeSize\":5"), "against the newest checkpoint: " + text);
        OfflineClaim claim = (OfflineClaim) ProofCodec.read(text);
        assertEquals(EntryCodec.line(trail.entry(1)), claim.inclusion().entryLine());
        assertArrayEquals(newest.rootHash(), claim.checkpoint().rootHash());
        AuditVerificationReport report = verifier.verifyOfflineProof(claim);
        assertTrue(report.passed(), report::toString);
        AuditVerificationReport anyone = new AuditVerifier(null).verifyOfflineProof(claim);
        assertFalse(anyone.passed(), "without a key to trust nothing passes: " + anyone);

        BianminException beyond = assertThrows(BianminException.class, () -> trail.exportProof(5, new ByteArrayOutputStream()));
        assertEquals(ErrorCode.AUDIT_ENTRY_NOT_FOUND, beyond.code());
    }

    @Test
    void anExportReplaysToTheSignedRoots() throws IOException {
        for (int i = 0; i < 3; i++) {
            trail.appendAll(List.of(TrailFixture.sealUsed(2 * i), TrailFixture.sealUsed(2 * i + 1)));
            trail.publishCheckpoint();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trail.export(out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1 + 6 + 3, text.split("\n").length);
        AuditVerificationReport report = verifier.verifyExport(new ByteArrayInputStream(out.toByteArray()), List.of(),
                List.of());
        assertTrue(report.passed(), report.failures().toString());
        assertEquals(3, report.results().stream().filter(r -> r.check().startsWith("checkpoint-root")).count());
    }
}
