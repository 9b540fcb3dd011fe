package org.bianmin.seal.internal.verify;

import static org.bianmin.seal.internal.registry.RegistryFixture.APPROVER;
import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.bianmin.audit.AuditTrail;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.signing.SealSignerComponent;
import org.bianmin.seal.internal.signing.SignatureTimeStamper.WhenUnavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long-term validation (ETSI EN 319 102-1 §5.6.2, past signature validation): a signature the
 * registry makes now, checked in 2030 — after its seal and its signer certificate have expired and the
 * seal was revoked, while the TSA's certificate still holds — is TOTAL_PASSED, because its time-stamp
 * proves it existed while they were valid and before the seal was revoked. The same signature without
 * a time-stamp cannot be judged then. Once the TSA's certificate has expired too (2040), only an
 * evidence record proves anything ({@link EvidenceRecordVerificationTest}).
 */
class LongTermValidationTest {
    private static final Instant IN_2030 = Instant.parse("2030-06-01T00:00:00Z");
    private static final Instant IN_2040 = Instant.parse("2040-06-01T00:00:00Z");
    private static final byte[] APPROVAL = "兴隆镇 准予许可决定书 2026-0099".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    private RegistryFixture fixture;
    private Seal seal;

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(directory, mock(AuditTrail.class));
        seal = fixture.activeSeal(fixture.xinglongRequest());
        fixture.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aTimeStampedSignatureStillPassesIn2030AfterItsCertificateAndSealExpiredAndTheSealWasRevoked() {
        SealSignature signature = fixture.signer.sign(seal.esId(), APPROVAL, "泸兴审〔2026〕99号", CUSTODIAN);
        Instant signedAt = fixture.now.get();
        fixture.advance(Duration.ofDays(30));
        fixture.revoke(seal.esId(), "centre merged", fixture.now.get());
        assertTrue(IN_2030.isAfter(seal.validTo()), "the seal has expired by then");

        SignatureReport report = verifyAt(signature, IN_2030);

        assertEquals(Indication.TOTAL_PASSED, report.indication(), () -> report.checks().toString());
        assertEquals(CheckResult.PASSED, report.check(CheckId.TIMESTAMP).orElseThrow().result());
        assertTrue(report.check(CheckId.TIMESTAMP).orElseThrow().detail().contains(signedAt.toString()),
                () -> report.check(CheckId.TIMESTAMP).orElseThrow().detail());
        for (CheckId validity : new CheckId[] {CheckId.SEAL_VALIDITY, CheckId.SIGNER_CERT_VALIDITY}) {
            assertEquals("validity.passedPoe", report.check(validity).orElseThrow().messageKey(), validity::name);
        }
        assertEquals(CheckResult.PASSED, report.check(CheckId.SEAL_STATUS).orElseThrow().result(),
                () -> report.check(CheckId.SEAL_STATUS).orElseThrow().detail());
    }

    @Test
    void withoutATimeStampTheSameSignatureIsIndeterminateIn2040() {
        fixture.timeStamps.set(null);
        SealSignerComponent signer = new SealSignerComponent(fixture.store, fixture.keys, fixture.clock,
                () -> null, fixture.stamper(WhenUnavailable.SIGN_WITHOUT));
        SealSignature signature = signer.sign(seal.esId(), APPROVAL, "泸兴审〔2026〕99号", CUSTODIAN);

        SignatureReport report = verifyAt(signature, IN_2040);

        assertEquals(Indication.INDETERMINATE, report.indication());
        assertEquals(SubIndication.OUT_OF_BOUNDS_NO_POE, report.check(CheckId.SIGNER_CERT_VALIDITY).orElseThrow()
                .subIndication());
        assertEquals(CheckResult.NOT_APPLICABLE, report.check(CheckId.TIMESTAMP).orElseThrow().result());
    }

    private SignatureReport verifyAt(SealSignature signature, Instant time) {
        DefaultSealVerifier verifier = fixture.verifier();
        return verifier.verifyDetached(signature.der(), new ByteArrayInputStream(APPROVAL),
                verifier.defaultPolicy().withValidationTime(time)).signatures().get(0);
    }
}
