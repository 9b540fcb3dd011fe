package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealSigner;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.spi.SealMakerAuthority;
import org.bianmin.testing.SteppingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seal verification in Felix, through the core-api types: the verifier service is
 * registered, checks a vendor OFD (cryptography passes, trust is indeterminate), and verifies a
 * signature made by the registry in the same framework — TOTAL_PASSED with the county CA as trust
 * anchor, SEAL_STATUS answered by the registry, and a changed document failing.
 */
class SealVerificationFelixIT {
    private static final DivisionCode XINGLONG = DivisionCode.of("513322102");
    private static final Actor CLERK = Actor.of("county.clerk.zhang");
    private static final Actor APPROVER = Actor.of("county.approver.zhao");
    private static final Actor CUSTODIAN = Actor.of("xinglong.custodian.liu");

    @TempDir
    Path dir;

    private static Path vectors() {
        return Path.of(System.getProperty("bianmin.vectors.dir", "target/seal-vectors"));
    }

    @Test
    void vendorOfdAndOwnSignaturesVerifyThroughTheOsgiService() throws Exception {
        // the platform's clock, moved by the test instead of waited for
        SteppingClock clock = SteppingClock.atChina("2026-06-15T10:00");
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase().clock(clock)
                .configure("org.bianmin.seal.keystore", Map.of("keystore.path", dir.resolve("seal-keys.p12").toString(),
                        "keystore.password", "felix-verify-secret"))
                .start()) {
            SealRegistry registry = felix.service(SealRegistry.class);
            SealSigner signer = felix.service(SealSigner.class);
            // looked up after the registry: the verifier takes the registry up when it arrives
            SealVerifier verifier = felix.service(SealVerifier.class);

            try (InputStream ofd = Files.newInputStream(vectors().resolve("1.ofd"))) {
                SignatureReport vendor = verifier.verifyOfd(ofd, verifier.defaultPolicy()).signatures().get(0);
                assertEquals(Indication.INDETERMINATE, vendor.indication());
                for (CheckId id : new CheckId[] {CheckId.SIGNATURE_INTACT, CheckId.DATA_INTACT, CheckId.SEAL_INTACT,
                    CheckId.SIGNER_AUTHORIZED}) {
                    assertEquals(CheckResult.PASSED, vendor.check(id).orElseThrow().result(), id.name());
                }
                assertEquals(CheckResult.NOT_APPLICABLE, vendor.check(CheckId.SEAL_STATUS).orElseThrow().result(),
                        "a foreign seal's status is not this registry's to give");
            }

            Instant now = clock.now();
            Seal seal = registry.request(new SealRequest("泸定县兴隆镇便民服务中心", XINGLONG,
                    "泸定县兴隆镇人民政府审批服务专用章", "审批专用章", now.minus(Duration.ofMinutes(1)),
                    now.plus(Duration.ofDays(365)), CLERK));
            registry.approve(seal.esId(), APPROVER);
            registry.make(seal.esId(), APPROVER);
            registry.activate(seal.esId(), APPROVER);
            registry.confirm(seal.esId(), registry.proposeCustody(seal.esId(), CUSTODIAN, CLERK, null).id(), APPROVER);
            byte[] document = "兴隆镇 准予许可决定书 2026-002".getBytes(StandardCharsets.UTF_8);
            SealSignature signature = signer.sign(seal.esId(), document, "泸兴审〔2026〕2号", CUSTODIAN);

            ValidationPolicy county = verifier.defaultPolicy()
                    .withTrustAnchors(felix.service(SealMakerAuthority.class).caCertificates());
            SignatureReport own = verifier.verifyDetached(signature.der(), new ByteArrayInputStream(document), county)
                    .signatures().get(0);
            assertEquals(Indication.TOTAL_PASSED, own.indication(), own.checks()::toString);
            assertEquals(CheckResult.PASSED, own.check(CheckId.SEAL_STATUS).orElseThrow().result());
            assertEquals(seal.esId(), own.esId());

            byte[] changed = document.clone();
            changed[0] ^= 1;
            SignatureReport tampered = verifier.verifyDetached(signature.der(), new ByteArrayInputStream(changed),
                    county).signatures().get(0);
            assertEquals(SubIndication.HASH_FAILURE, tampered.subIndication());

            // revoked with an effective time between two signatures: the earlier one stands (the
            // registry's use record proves it was made while the seal was active), the later fails
            clock.advance(Duration.ofSeconds(3));
            SealSignature later = signer.sign(seal.esId(), document, "泸兴审〔2026〕3号", CUSTODIAN);
            registry.revoke(seal.esId(), APPROVER, "key reported compromised", later.signedAt().minusSeconds(1));
            SignatureReport before = verifier.verifyDetached(signature.der(), new ByteArrayInputStream(document),
                    county).signatures().get(0);
            assertEquals(CheckResult.PASSED, before.check(CheckId.SEAL_STATUS).orElseThrow().result(),
                    before.check(CheckId.SEAL_STATUS).orElseThrow()::detail);
            SignatureReport after = verifier.verifyDetached(later.der(), new ByteArrayInputStream(document), county)
                    .signatures().get(0);
            assertEquals(CheckResult.FAILED, after.check(CheckId.SEAL_STATUS).orElseThrow().result());
            assertEquals(SubIndication.REVOKED, after.subIndication());
            assertEquals(Indication.TOTAL_FAILED, after.indication());
        }
    }
}
