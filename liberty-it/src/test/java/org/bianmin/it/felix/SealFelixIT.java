package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealSigner;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.SubSealRequest;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.spi.TrustAnchors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seal registry in Felix, called through its core-api types: the services are
 * registered, and a request → approve (by a second administrator) → make → activate → sub-seal →
 * sign flow runs through them, with the key store configured through Config Admin and every step in
 * the audit trail; the signature verifies TOTAL_PASSED with the county CA as the default trust anchor.
 */
class SealFelixIT {
    private static final DivisionCode XINGLONG = DivisionCode.of("513322102");
    private static final Actor CLERK = Actor.of("county.clerk.wang");
    private static final Actor APPROVER = Actor.of("county.approver.li");
    private static final Actor CUSTODIAN = Actor.of("xinglong.custodian.chen");

    @TempDir
    Path dir;

    @Test
    void aSealAndANumberedSubSealAreIssuedAndSignThroughTheOsgiServices() throws Exception {
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase()
                .keyStoresIn(dir).start()) {
            SealRegistry registry = felix.service(SealRegistry.class);
            SealSigner signer = felix.service(SealSigner.class);
            AuditTrail trail = felix.service(AuditTrail.class);
            long auditedBefore = trail.size();

            Instant now = Instant.now();
            Seal requested = registry.request(new SealRequest("泸定县兴隆镇便民服务中心", XINGLONG,
                    "泸定县兴隆镇人民政府审批服务专用章", "审批专用章", now, now.plus(Duration.ofDays(365)), CLERK));
            assertTrue(requested.esId().matches("513322\\d{8}"), requested.esId());
            BianminException selfApproval = assertThrows(BianminException.class,
                    () -> registry.approve(requested.esId(), CLERK));
            assertEquals(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, selfApproval.code());
            registry.approve(requested.esId(), APPROVER);
            registry.make(requested.esId(), APPROVER);
            Seal centre = registry.activate(requested.esId(), APPROVER);
            assertEquals(SealState.ACTIVE, centre.state());

            Seal sub = registry.requestSubSeal(new SubSealRequest(centre.esId(), "泸定县兴隆镇沙坝便民服务站",
                    DivisionCode.of("513322102"), CLERK));
            assertEquals(1, sub.number());
            registry.approve(sub.esId(), APPROVER);
            registry.make(sub.esId(), APPROVER);
            registry.activate(sub.esId(), APPROVER);
            registry.confirm(sub.esId(), registry.proposeCustody(sub.esId(), CUSTODIAN, CLERK, null).id(), APPROVER);

            byte[] document = "兴隆镇 准予许可决定书 2026-001".getBytes(StandardCharsets.UTF_8);
            SealSignature signature = signer.sign(sub.esId(), document, "泸兴审〔2026〕1号", CUSTODIAN);
            assertEquals(sub.esId(), signature.esId());
            assertEquals(0x30, signature.der()[0] & 0xFF, "a DER SES_Signature");
            assertEquals(64, signature.documentHash().length());
            assertEquals(1, registry.uses(sub.esId()).size());
            assertNotNull(registry.uses(sub.esId()).get(0).timeStampedAt(),
                    "time-stamped by default, by the county TSA in the framework");
            assertTrue(registry.picturePng(sub.esId()).length > 1000, "the picture was drawn");
            assertEquals(List.of(centre.esId(), sub.esId()),
                    registry.list(XINGLONG).stream().map(Seal::esId).toList());

            felix.service(TrustAnchors.class);
            SealVerifier verifier = felix.service(SealVerifier.class);
            VerificationReport report = verifier.verifyDetached(signature.der(), new ByteArrayInputStream(document),
                    verifier.defaultPolicy());
            assertEquals(Indication.TOTAL_PASSED, report.overall(),
                    "the county CA is a trust anchor by default: " + report);
            assertEquals(CheckResult.PASSED, report.signatures().get(0).check(CheckId.TIMESTAMP).orElseThrow().result(),
                    "the county TSA's token in SES_Signature.timeStamp: " + report);

            List<AuditEntry> audited = trail.entries(auditedBefore, trail.size());
            assertTrue(audited.stream().anyMatch(e -> e.type() == AuditEventType.SEAL_USED
                    && e.subject().equals(sub.esId())), "the use reached the audit trail");
            assertTrue(audited.size() >= 10, "every step reached the audit trail: " + audited.size());
        }
    }
}
