package org.bianmin.audit.internal.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.bianmin.audit.InclusionProof;
import org.bianmin.audit.internal.log.EntryCodec;
import org.bianmin.audit.internal.verify.AuditVerifier;
import org.bianmin.audit.internal.verify.AuditCheckResult;
import org.bianmin.audit.internal.verify.Reason;
import org.bianmin.audit.internal.verify.AuditVerificationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Someone with database access rewrites history in plain SQL after checkpoints of 4, 8 and 10
 * entries were published; the offline verifier names the check that fails. Runs on the database
 * {@code bianmin.test.db} selects (PostgreSQL in CI as well as H2 and MariaDB).
 */
class TamperingTest {
    private final TrailFixture fixture = new TrailFixture();
    private final AuditVerifier verifier = new AuditVerifier(TrailFixture.KEY.publicKey());

    @BeforeEach
    void publish() {
        for (int i = 0; i < 10; i++) {
            fixture.trail.append(TrailFixture.sealUsed(i));
            if (i == 3 || i == 7 || i == 9) {
                fixture.trail.publishCheckpoint();
            }
        }
        assertTrue(verify().passed(), "the untouched log verifies");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aChangedEntryFailsTheRootsFromTheNextCheckpointOn() throws Exception {
        String line = EntryCodec.line(fixture.trail.entry(5));
        InclusionProof proof = fixture.trail.inclusionProof(5, 8);
        sql("UPDATE audit_entry SET subject = 'LD-SEAL-FORGED' WHERE seq_no = 5");

        AuditVerificationReport report = verify();
        assertEquals(List.of("checkpoint-root[size=8]", "checkpoint-root[size=10]"), failed(report));
        AuditCheckResult root = report.find("checkpoint-root[size=8]").orElseThrow();
        assertEquals(Reason.ROOT_MISMATCH, root.reason());
        assertTrue(root.detail().contains("entries 4 to 7"), root.detail());
        // the entry as the database now shows it is not the one the checkpoint covers
        String altered = EntryCodec.line(fixture.trail.entry(5));
        assertTrue(verifier.inclusion(line, proof, fixture.trail.checkpoint(8)).passed());
        assertEquals(Reason.PROOF_ROOT_MISMATCH, verifier.inclusion(altered, fixture.trail.inclusionProof(5, 8),
                fixture.trail.checkpoint(8)).reason());
    }

    @Test
    void aDeletedEntryBreaksTheSequence() {
        sql("DELETE FROM audit_entry WHERE seq_no = 5");

        AuditVerificationReport report = verify();
        assertEquals(List.of("entry-sequence", "checkpoint-root[size=8]", "checkpoint-root[size=10]"), failed(report));
        assertEquals("line 7: holds entry 6 where entry 5 belongs",
                report.find("entry-sequence").orElseThrow().detail());
        assertEquals(Reason.CHECKPOINT_BEYOND_LOG, report.find("checkpoint-root[size=10]").orElseThrow().reason());
        assertTrue(report.find("checkpoint-root[size=4]").orElseThrow().passed());
    }

    @Test
    void reorderedEntriesFailEveryRootThatCoversThem() {
        sql("UPDATE audit_entry SET seq_no = 100 WHERE seq_no = 2");
        sql("UPDATE audit_entry SET seq_no = 2 WHERE seq_no = 3");
        sql("UPDATE audit_entry SET seq_no = 3 WHERE seq_no = 100");

        AuditVerificationReport report = verify();
        assertEquals(List.of("checkpoint-root[size=4]", "checkpoint-root[size=8]", "checkpoint-root[size=10]"),
                failed(report));
        assertTrue(report.find("checkpoint-root[size=4]").orElseThrow().detail().contains("entries 0 to 3"));
    }

    @Test
    void aNonCanonicalPayloadIsNamed() {
        sql("UPDATE audit_entry SET payload = '{\"site\":\"x\", \"document\":\"y\"}' WHERE seq_no = 9");

        AuditVerificationReport report = verify();
        assertEquals(List.of("entry-canonical", "checkpoint-root[size=10]"), failed(report));
        AuditCheckResult canonical = report.find("entry-canonical").orElseThrow();
        assertEquals(Reason.PAYLOAD_NOT_CANONICAL, canonical.reason());
        assertTrue(canonical.detail().startsWith("line 11: entry 9:"), canonical.detail());
    }

    @Test
    void aBackDatedCheckpointFailsItsSignature() {
        sql("UPDATE audit_checkpoint SET signed_micros = signed_micros - 86400000000 WHERE tree_size = 8");

        AuditVerificationReport report = verify();
        assertEquals(List.of("checkpoint-signature[size=8]"), failed(report));
        assertEquals(Reason.SIGNATURE_INVALID, report.failures().get(0).reason());
    }

    @Test
    void droppedLatestEntriesLeaveTheLastCheckpointUncovered() {
        sql("DELETE FROM audit_entry WHERE seq_no >= 8");
        sql("UPDATE audit_head SET tree_size = 8");

        AuditVerificationReport report = verify();
        assertEquals(List.of("checkpoint-root[size=10]"), failed(report));
        assertEquals(Reason.CHECKPOINT_BEYOND_LOG, report.failures().get(0).reason());
    }

    @Test
    void anAlteredStoredNodeMakesTheTrailsProofsFail() throws SQLException {
        try (Connection connection = fixture.database.connect()) {
            byte[] other;
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(
                            "SELECT node_hash FROM audit_node WHERE node_level = 0 AND node_index = 6")) {
                row.next();
                other = row.getBytes(1);
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE audit_node SET node_hash = ? WHERE node_level = 0 AND node_index = 5")) {
                update.setBytes(1, other);
                assertEquals(1, update.executeUpdate());
            }
        }
        AuditCheckResult result = verifier.inclusion(EntryCodec.line(fixture.trail.entry(4)),
                fixture.trail.inclusionProof(4, 8), fixture.trail.checkpoint(8));
        assertEquals(Reason.PROOF_ROOT_MISMATCH, result.reason());
        // the export holds entries, not nodes: its replay still verifies
        assertTrue(verify().passed());
    }

    private AuditVerificationReport verify() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fixture.trail.export(out);
        try {
            return verifier.verifyExport(new ByteArrayInputStream(out.toByteArray()), List.of(), List.of());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void sql(String statement) {
        fixture.database.execute(statement);
    }

    private static List<String> failed(AuditVerificationReport report) {
        return report.failures().stream().map(AuditCheckResult::check).toList();
    }
}
