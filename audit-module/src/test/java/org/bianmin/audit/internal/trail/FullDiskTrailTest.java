package org.bianmin.audit.internal.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bianmin.audit.internal.verify.AuditVerificationReport;
import org.bianmin.audit.internal.verify.AuditVerifier;
import org.bianmin.testing.DatabaseFaults;
import org.bianmin.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The audit trail on a database whose disk is full (PostgreSQL's SQLSTATE 53100 on a write or at
 * commit): an append is refused whole with {@code STORAGE_FAILURE} saying so, no entry, head or
 * checkpoint row is written, and with space again the next append takes the next sequence number
 * and the log verifies.
 */
class FullDiskTrailTest {
    @Test
    void appendsAreRefusedWholeWhileTheDatabaseDiskIsFull() throws IOException {
        AtomicBoolean full = new AtomicBoolean();
        TestDatabase database = TestDatabase.create();
        try (TrailFixture fixture = new TrailFixture(database,
                DatabaseFaults.diskFullWhile(database.dataSource(), full::get))) {
            fixture.trail.appendAll(List.of(TrailFixture.sealUsed(0), TrailFixture.sealUsed(1)));
            fixture.trail.publishCheckpoint();
            Map<String, Long> before = rows(database);

            full.set(true);
            DatabaseFaults.assertEachRefusedForFullDisk(List.of(() -> fixture.trail.append(TrailFixture.sealUsed(2)),
                    () -> fixture.trail.appendAll(List.of(TrailFixture.sealUsed(3), TrailFixture.sealUsed(4)))));
            full.set(false);

            assertEquals(before, rows(database), "nothing of the refused appends is in any table");
            assertEquals(2, fixture.trail.size());
            assertEquals(2, fixture.trail.append(TrailFixture.sealUsed(2)).sequence(), "no gap in the numbering");
            fixture.trail.publishCheckpoint();
            ByteArrayOutputStream export = new ByteArrayOutputStream();
            fixture.trail.export(export);
            AuditVerificationReport report = new AuditVerifier(TrailFixture.KEY.publicKey())
                    .verifyExport(new ByteArrayInputStream(export.toByteArray()), List.of(), List.of());
            assertTrue(report.passed(), report.failures().toString());
        }
    }

    private static Map<String, Long> rows(TestDatabase database) {
        return Map.of("audit_entry", number(database, "SELECT COUNT(*) FROM audit_entry"),
                "audit_node", number(database, "SELECT COUNT(*) FROM audit_node"),
                "audit_checkpoint", number(database, "SELECT COUNT(*) FROM audit_checkpoint"),
                "audit_head.tree_size", number(database, "SELECT tree_size FROM audit_head"));
    }

    private static long number(TestDatabase database, String query) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
