package org.bianmin.audit.internal.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.log.EntryCodec;
import org.bianmin.audit.internal.persistence.AuditStorage;
import org.bianmin.internal.persistence.Dialect;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.audit.internal.verify.AuditVerifier;
import org.bianmin.audit.internal.verify.AuditVerificationReport;
import org.bianmin.core.spi.TimeSource;
import org.junit.jupiter.api.Test;

/** The audit trail's migrations, head lock, proofs and export on embedded Apache Derby (Open Liberty's default). */
class DerbyTrailTest {
    @Test
    void theTrailRunsOnDerby() throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:audit-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        try (JpaUnit unit = AuditStorage.open(derby)) {
            assertEquals(Dialect.DERBY, unit.dialect());
            AuditTrailComponent trail = new AuditTrailComponent(unit, TrailFixture.KEY, TimeSource.system());
            for (int i = 0; i < 6; i++) {
                trail.append(TrailFixture.sealUsed(i));
            }
            Checkpoint six = trail.publishCheckpoint();
            trail.appendAll(List.of(TrailFixture.sealUsed(6), TrailFixture.sealUsed(7), TrailFixture.sealUsed(8)));
            Checkpoint nine = trail.publishCheckpoint();
            AuditVerifier verifier = new AuditVerifier(TrailFixture.KEY.publicKey());
            assertTrue(verifier.inclusion(EntryCodec.line(trail.entry(4)), trail.inclusionProof(4, 9), nine).passed());
            assertTrue(verifier.consistency(trail.consistencyProof(6, 9), six, nine).passed());
            ByteArrayOutputStream export = new ByteArrayOutputStream();
            trail.export(export);
            AuditVerificationReport report = verifier.verifyExport(new ByteArrayInputStream(export.toByteArray()),
                    List.of(), List.of());
            assertTrue(report.passed(), report.failures().toString());
        }
    }
}
