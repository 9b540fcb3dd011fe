package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.EvidenceRecordArchive;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealSigner;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.SignatureReport;
import org.bianmin.testing.SteppingClock;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archive time-stamps in Felix: the {@link EvidenceRecordArchive} component comes up beside the registry,
 * {@code seal:archive} covers a signature as the shell user with the audit trail recording it, and the
 * evidence record the service hands out passes the verifier's EVIDENCE_RECORD check through the core-api
 * policy. Real Felix, Config Admin, Gogo, county TSA and database (the one {@code bianmin.test.db} selects).
 */
class EvidenceRecordFelixIT {
    private static final Actor CLERK = Actor.of("county.clerk.wang");
    private static final Actor APPROVER = Actor.of("county.approver.li");
    private static final Actor CUSTODIAN = Actor.of("xinglong.custodian.chen");

    @TempDir
    Path dir;

    @Test
    void aSignatureIsArchivedFromTheShellAndItsEvidenceRecordPassesVerification() throws Exception {
        SteppingClock clock = SteppingClock.atChina("2026-06-15T10:00");
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase()
                .clock(clock).keyStoresIn(dir)
                .configure("org.bianmin.seal.archive", Map.of("batch.size", 100, "interval.minutes", 0L))
                .start()) {
            SealRegistry registry = felix.service(SealRegistry.class);
            AuditTrail trail = felix.service(AuditTrail.class);
            Seal seal = registry.request(new SealRequest("泸定县兴隆镇便民服务中心", DivisionCode.of("513322102"),
                    "泸定县兴隆镇人民政府审批服务专用章", "审批专用章", clock.now(), clock.now().plus(Duration.ofDays(365)),
                    CLERK));
            registry.approve(seal.esId(), APPROVER);
            registry.make(seal.esId(), APPROVER);
            registry.activate(seal.esId(), APPROVER);
            registry.confirm(seal.esId(), registry.proposeCustody(seal.esId(), CUSTODIAN, CLERK, null).id(), APPROVER);
            byte[] document = "兴隆镇 准予许可决定书 2026-077".getBytes(StandardCharsets.UTF_8);
            SealSignature signature = felix.service(SealSigner.class).sign(seal.esId(), document, "泸兴审〔2026〕77号",
                    CUSTODIAN);
            long auditedBefore = trail.size();

            GogoShell archivist = GogoShell.runningAs(felix, "county.archivist.zhou");
            assertEquals("1 use(s) covered by a new archive time-stamp", archivist.run("seal:archive"));
            assertEquals("no use waits for an archive time-stamp", archivist.run("seal:archive 10"));

            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SM3", new BouncyCastleProvider())
                    .digest(signature.der()));
            byte[] record = felix.service(EvidenceRecordArchive.class).evidenceRecord(seal.esId(), hash).orElseThrow();
            SealVerifier verifier = felix.service(SealVerifier.class);
            SignatureReport report = verifier.verifyDetached(signature.der(), new ByteArrayInputStream(document),
                    verifier.defaultPolicy().withEvidenceRecords(List.of(record))).signatures().get(0);
            assertEquals(Indication.TOTAL_PASSED, report.indication(), report::toString);
            assertEquals(CheckResult.PASSED, report.check(CheckId.EVIDENCE_RECORD).orElseThrow().result(),
                    report::toString);

            List<AuditEntry> audited = trail.entries(auditedBefore, trail.size());
            assertTrue(audited.stream().anyMatch(e -> e.type() == AuditEventType.ADMINISTRATION
                    && e.actor().equals(Actor.of("county.archivist.zhou"))
                    && e.subject().equals("seal-use-register")
                    && e.payloadJson().contains("evidence-records-archived")), audited::toString);
        }
    }
}
