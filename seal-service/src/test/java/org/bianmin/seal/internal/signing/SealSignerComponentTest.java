package org.bianmin.seal.internal.signing;

import static org.bianmin.seal.internal.registry.RegistryFixture.APPROVER;
import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.bianmin.seal.internal.registry.RegistryFixture.MAKER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealUse;
import org.bianmin.seal.internal.format.ElectronicSignature;
import org.bianmin.seal.internal.format.SealFormatReader;
import org.bianmin.seal.internal.keys.Sm2;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

class SealSignerComponentTest {
    private static final byte[] APPROVAL = "兴隆镇 营业执照 准予登记 2026-0001".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    private AuditTrail trail;
    private RegistryFixture fixture;

    @BeforeEach
    void open() {
        trail = mock(AuditTrail.class);
        fixture = new RegistryFixture(directory, trail);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void signsADetachedV4SignatureThatVerifiesAndRecordsTheUse() throws Exception {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        fixture.advance(Duration.ofMinutes(5));

        SealSignature signature = fixture.signer.sign(seal.esId(), APPROVAL, "泸兴审〔2026〕1号", CUSTODIAN);

        ElectronicSignature parsed = SealFormatReader.readSignature(signature.der());
        assertEquals(4, parsed.getFormatVersion());
        assertArrayEquals(DocumentHash.sm3(APPROVAL), parsed.getDataHash());
        assertEquals(Hex.toHexString(DocumentHash.sm3(APPROVAL)), signature.documentHash());
        assertEquals(fixture.now.get(), parsed.getTimeInfo());
        assertEquals(fixture.now.get(), signature.signedAt());
        assertEquals(SignatureMaker.DETACHED, parsed.getPropertyInfo());
        assertArrayEquals(fixture.registry.sealStructure(seal.esId()), parsed.getSeal().getDerEncoded());
        assertArrayEquals(fixture.registry.signerCertificate(seal.esId()), parsed.getSignerCertificate());
        assertEquals("1.2.156.10197.1.501", parsed.getSignatureAlgorithm());
        assertTrue(verifies(parsed), "the SM2 signature over TBS_Sign verifies with the signer certificate");

        List<SealUse> uses = fixture.registry.uses(seal.esId());
        assertEquals(1, uses.size());
        assertEquals(CUSTODIAN, uses.get(0).operator());
        assertEquals("泸兴审〔2026〕1号", uses.get(0).caseNumber());
        assertEquals(signature.documentHash(), uses.get(0).documentHash());
        assertEquals(fixture.now.get(), uses.get(0).at());

        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        // request, approval, making, activation, custody (proposed, confirmed, granted), use
        verify(trail, times(8)).append(events.capture());
        AuditEvent used = events.getAllValues().get(7);
        assertEquals(AuditEventType.SEAL_USED, used.type());
        assertEquals(CUSTODIAN, used.actor());
        assertEquals("泸兴审〔2026〕1号", used.details().get("caseNumber"));
    }

    @Test
    void repeatedSignaturesReuseTheSealPrefixAndStillVerify() throws Exception {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        for (int i = 0; i < 3; i++) {
            fixture.advance(Duration.ofSeconds(1));
            byte[] document = ("document " + i).getBytes(StandardCharsets.UTF_8);
            ElectronicSignature parsed = SealFormatReader.readSignature(
                    fixture.signer.sign(seal.esId(), document, "case-" + i, CUSTODIAN).der());
            assertTrue(verifies(parsed), "signature " + i);
            assertArrayEquals(DocumentHash.sm3(document), parsed.getDataHash());
        }
        assertEquals(3, fixture.registry.uses(seal.esId()).size());
    }

    @Test
    void largeDocumentsAreHashedAsTheyStream() {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        long size = 48L * 1024 * 1024;
        SealSignature signature = fixture.signer.sign(seal.esId(), new Pattern(size), "big-1", CUSTODIAN);
        assertEquals(Hex.toHexString(DocumentHash.sm3(new Pattern(size))), signature.documentHash());
    }

    @Test
    void onlyAnActiveSealSigns() {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        fixture.registry.suspend(seal.esId(), MAKER, "card lost");
        refusedWithNothingRecorded(ErrorCode.SEAL_NOT_ACTIVE, seal.esId(), CUSTODIAN);
        fixture.resume(seal.esId(), "found");
        fixture.revoke(seal.esId(), "replaced", fixture.now.get());
        refusedWithNothingRecorded(ErrorCode.SEAL_NOT_ACTIVE, seal.esId(), CUSTODIAN);

        String made = fixture.registry.request(fixture.xinglongRequest()).esId();
        fixture.registry.approve(made, APPROVER);
        fixture.registry.make(made, MAKER);
        fixture.grantCustody(made, CUSTODIAN);
        refusedWithNothingRecorded(ErrorCode.SEAL_NOT_ACTIVE, made, CUSTODIAN);
    }

    @Test
    void anExpiredSealDoesNotSign() {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        fixture.now.set(seal.validTo().plusSeconds(1));
        refusedWithNothingRecorded(ErrorCode.SEAL_OUTSIDE_VALIDITY, seal.esId(), CUSTODIAN);
    }

    @Test
    void onlyOperatorsHoldingCustodySign() {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        refusedWithNothingRecorded(ErrorCode.SEAL_OPERATOR_NOT_AUTHORIZED, seal.esId(), Actor.of("someone.else"));
        fixture.registry.withdrawCustody(seal.esId(), CUSTODIAN, APPROVER);
        refusedWithNothingRecorded(ErrorCode.SEAL_OPERATOR_NOT_AUTHORIZED, seal.esId(), CUSTODIAN);
    }

    @Test
    void unknownSealsUnreadableDocumentsAndMissingCaseNumbersAreRefused() {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        refusedWithNothingRecorded(ErrorCode.SEAL_NOT_FOUND, "51332299999999", CUSTODIAN);
        refused(ErrorCode.DOCUMENT_UNREADABLE, () -> fixture.signer.sign(seal.esId(), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        }, "case", CUSTODIAN));
        refused(ErrorCode.INVALID_ARGUMENT, () -> fixture.signer.sign(seal.esId(), APPROVAL, " ", CUSTODIAN));
        refused(ErrorCode.INVALID_ARGUMENT, () -> fixture.signer.sign(seal.esId(), APPROVAL, "x".repeat(65), CUSTODIAN));
        assertEquals(0, fixture.count("seal_use"));
    }

    private void refusedWithNothingRecorded(ErrorCode code, String esId, Actor operator) {
        long before = fixture.count("seal_use");
        int audited = org.mockito.Mockito.mockingDetails(trail).getInvocations().size();
        refused(code, () -> fixture.signer.sign(esId, APPROVAL, "case-x", operator));
        assertEquals(before, fixture.count("seal_use"));
        assertEquals(audited, org.mockito.Mockito.mockingDetails(trail).getInvocations().size());
        assertFalse(org.mockito.Mockito.mockingDetails(trail).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("append"))
                .anyMatch(i -> ((AuditEvent) i.getArgument(0)).type() == AuditEventType.SEAL_USED));
        assertEquals(List.of(), fixture.pendingAudit(), "no event waits in the outbox either");
        verify(trail, org.mockito.Mockito.atLeast(0)).append(any());
    }

    private static void refused(ErrorCode code, Executable action) {
        assertEquals(code, assertThrows(BianminException.class, action).code());
    }

    static boolean verifies(ElectronicSignature signature) throws IOException {
        SM2Signer verifier = new SM2Signer();
        byte[] publicKey = new X509CertificateHolder(signature.getSignerCertificate()).getSubjectPublicKeyInfo()
                .getEncoded();
        verifier.init(false, new ParametersWithID(Sm2.publicKey(publicKey), Sm2.DEFAULT_USER_ID));
        byte[] signed = signature.getSignedBytes();
        verifier.update(signed, 0, signed.length);
        return verifier.verifySignature(signature.getSignatureValue());
    }

    /** A document of {@code size} bytes generated as it is read, never held in memory. */
    static final class Pattern extends InputStream {
        private long remaining;

        Pattern(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? (int) (remaining % 251) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            for (int i = 0; i < n; i++) {
                remaining--;
                buffer[offset + i] = (byte) (remaining % 251);
            }
            return n;
        }
    }
}
