package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.core.Actor;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.CheckSeverity;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealStanding;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SealUse;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.SESeal;
import org.bianmin.seal.internal.format.Sm2Signatures;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.junit.jupiter.api.Test;

/** Seals and signatures in this registry's style, with real SM2 keys and certificates made per run. */
class OwnSealVerificationTest {
    private static final TestSeals PKI = new TestSeals();
    private static final byte[] DOC = "泸定县兴隆镇 审批决定书 2026-0001".getBytes(StandardCharsets.UTF_8);

    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();
    private final ValidationPolicy trusted = ValidationPolicy.defaults().withTrustAnchors(List.of(PKI.root.certificate()));

    private SignatureReport verify(SESSignature signature, byte[] document, ValidationPolicy policy) {
        return verifier.verifyDetached(signature.getDerEncoded(), new ByteArrayInputStream(document), policy)
                .signatures().get(0);
    }

    private static CheckResult result(SignatureReport r, CheckId id) {
        return r.check(id).orElseThrow().result();
    }

    @Test
    void ownSignatureIsTotalPassedWithTheCountyCaAsAnchor() {
        SignatureReport r = verify(PKI.sign(DOC), DOC, trusted);
        assertEquals(Indication.TOTAL_PASSED, r.indication(), () -> r.checks().toString());
        assertNull(r.subIndication());
        assertEquals(TestSeals.ES_ID, r.esId());
        assertEquals("泸定县兴隆镇人民政府审批服务专用章", r.sealName());
        assertTrue(r.signer().contains("审批服务专用章"));
        for (CheckId id : CheckId.values()) {
            CheckResult expected = id == CheckId.SEAL_STATUS || id == CheckId.TIMESTAMP || id == CheckId.EVIDENCE_RECORD
                    || id == CheckId.DATA_COVERAGE || id == CheckId.SIGNER_REVOCATION
                    || id == CheckId.SEAL_MAKER_REVOCATION ? CheckResult.NOT_APPLICABLE : CheckResult.PASSED;
            assertEquals(expected, result(r, id), id.toString());
        }
    }

    @Test
    void withoutAnchorsTheChainsAreIndeterminate() {
        SignatureReport r = verify(PKI.sign(DOC), DOC, ValidationPolicy.defaults());
        assertEquals(Indication.INDETERMINATE, r.indication());
        assertEquals(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, r.subIndication());
    }

    @Test
    void tamperedDocumentFailsDataIntact() {
        byte[] tampered = DOC.clone();
        tampered[tampered.length - 1] ^= 1;
        SignatureReport r = verify(PKI.sign(DOC), tampered, trusted);
        assertEquals(Indication.TOTAL_FAILED, r.indication());
        assertEquals(SubIndication.HASH_FAILURE, r.subIndication());
        assertEquals(CheckResult.FAILED, result(r, CheckId.DATA_INTACT));
        assertEquals(CheckResult.PASSED, result(r, CheckId.SIGNATURE_INTACT));
    }

    @Test
    void signerNotInTheSealsListFailsSignerAuthorized() {
        TestSeals.Party stranger = PKI.issue("CN=某某,O=泸定县,C=CN", TestSeals.NOW.minus(1, ChronoUnit.DAYS),
                TestSeals.NOW.plus(100, ChronoUnit.DAYS));
        SESSignature signature = TestSeals.sign(PKI.seal(), stranger, SmCrypto.sm3(DOC),
                TestSeals.NOW.minus(1, ChronoUnit.MINUTES), null);
        SignatureReport r = verify(signature, DOC, trusted);
        assertEquals(CheckResult.FAILED, result(r, CheckId.SIGNER_AUTHORIZED));
        assertEquals(SubIndication.NO_SIGNING_CERTIFICATE_FOUND, r.subIndication());
        assertEquals(Indication.TOTAL_FAILED, r.indication());
        assertEquals(CheckResult.PASSED, result(r, CheckId.SIGNATURE_INTACT));
    }

    @Test
    void alteredSealFailsSealIntact() {
        SESeal good = PKI.seal();
        SESeal forged = new SESeal(PKI.seal(TestSeals.ES_ID, List.of(PKI.signer.certificate()),
                TestSeals.NOW.minus(365, ChronoUnit.DAYS), TestSeals.NOW.plus(9999, ChronoUnit.DAYS)).getSealInfo(),
                PKI.maker.certificate(), TestSeals.SM3_SM2, good.getMakerSignature());
        SESSignature signature = TestSeals.sign(forged, PKI.signer, SmCrypto.sm3(DOC), TestSeals.NOW, null);
        SignatureReport r = verify(signature, DOC, trusted);
        assertEquals(CheckResult.FAILED, result(r, CheckId.SEAL_INTACT));
        assertEquals(SubIndication.SIG_CRYPTO_FAILURE, r.subIndication());
    }

    @Test
    void alteredSignatureFailsSignatureIntact() {
        byte[] der = PKI.sign(DOC).getDerEncoded();
        der[der.length - 5] ^= 1; // inside the signature BIT STRING
        SignatureReport r = verifier.verifyDetached(der, new ByteArrayInputStream(DOC), trusted).signatures().get(0);
        assertEquals(CheckResult.FAILED, result(r, CheckId.SIGNATURE_INTACT));
        assertEquals(SubIndication.SIG_CRYPTO_FAILURE, r.subIndication());
    }

    @Test
    void rawRsSignatureIsAcceptedAndNamed() {
        SESSignature der = PKI.sign(DOC);
        SESSignature raw = new SESSignature(der.getToSign(), der.getSignerCertificate(), TestSeals.SM3_SM2,
                Sm2Signatures.derToRaw(der.getSignatureValue()), null);
        SignatureReport r = verify(raw, DOC, trusted);
        assertEquals(Indication.TOTAL_PASSED, r.indication());
        assertTrue(r.check(CheckId.FORMAT).orElseThrow().detail().contains("raw 64-byte r||s"));
        assertTrue(r.check(CheckId.SIGNATURE_INTACT).orElseThrow().detail().contains("raw r||s"));
    }

    @Test
    void signingClaimedBeforeTheSealIsValidFails() {
        SESeal future = PKI.seal(TestSeals.ES_ID, List.of(PKI.signer.certificate()), TestSeals.NOW.plus(10,
                ChronoUnit.DAYS), TestSeals.NOW.plus(400, ChronoUnit.DAYS));
        SESSignature signature = TestSeals.sign(future, PKI.signer, SmCrypto.sm3(DOC), TestSeals.NOW, null);
        SignatureReport r = verify(signature, DOC, trusted);
        assertEquals(CheckResult.FAILED, result(r, CheckId.SEAL_VALIDITY));
        assertEquals(SubIndication.NOT_YET_VALID, r.subIndication());
    }

    @Test
    void policyCanDowngradeACheckToAWarning() {
        SignatureReport r = verify(PKI.sign(DOC), DOC, ValidationPolicy.defaults()
                .withSeverity(CheckId.SIGNER_CHAIN, CheckSeverity.WARN)
                .withSeverity(CheckId.SEAL_MAKER_CHAIN, CheckSeverity.IGNORE));
        assertEquals(Indication.TOTAL_PASSED, r.indication());
        assertEquals(CheckResult.INDETERMINATE, result(r, CheckId.SIGNER_CHAIN));
        assertEquals(CheckResult.NOT_APPLICABLE, result(r, CheckId.SEAL_MAKER_CHAIN));
        assertEquals("na.ignored", r.check(CheckId.SEAL_MAKER_CHAIN).orElseThrow().messageKey());
    }

    @Test
    void hundredMebibyteDocumentIsStreamed() throws IOException {
        long size = 100L << 20;
        byte[] hash = SmCrypto.sm3(TestSeals.bigDocument(size));
        SESSignature signature = TestSeals.sign(PKI.seal(), PKI.signer, hash, TestSeals.NOW, null);
        SignatureReport r = verifier.verifyDetached(signature.getDerEncoded(), TestSeals.bigDocument(size), trusted)
                .signatures().get(0);
        assertEquals(Indication.TOTAL_PASSED, r.indication(), () -> r.checks().toString());
    }

    // --- SEAL_STATUS with this registry (C-SEAL) ---

    private SignatureReport withRegistry(SESSignature signature, SealState atSigning, SealState now, Instant usedAt) {
        return withRegistry(signature, atSigning, now, usedAt, signature);
    }

    /** {@code signature} verified with a registry whose use register recorded {@code recorded} at {@code usedAt}. */
    private SignatureReport withRegistry(SESSignature signature, SealState atSigning, SealState now, Instant usedAt,
            SESSignature recorded) {
        SealRegistry registry = mock(SealRegistry.class);
        Seal seal = new Seal(TestSeals.ES_ID, null, 0, "泸定县兴隆镇便民服务中心", org.bianmin.core.DivisionCode.of("513322"),
                "泸定县兴隆镇人民政府审批服务专用章", "审批专用章", now, TestSeals.NOW.minus(365, ChronoUnit.DAYS),
                TestSeals.NOW.plus(730, ChronoUnit.DAYS), Actor.of("admin1"), Actor.of("admin2"));
        String recordedHash = SmCrypto.hex(SmCrypto.sm3(recorded.getDerEncoded()));
        when(registry.standing(eq(TestSeals.ES_ID), any(), eq(signature.getTimeInfo()), eq(TestSeals.NOW)))
                .thenAnswer(call -> Optional.of(new SealStanding(seal, signature.getSeal().getDerEncoded(), atSigning,
                        now, usedAt != null && recordedHash.equals(call.getArgument(1)) ? new SealUse(TestSeals.ES_ID,
                                Actor.of("clerk"), usedAt, SmCrypto.hex(recorded.getDataHash()), "2026-0001",
                                recordedHash) : null)));
        DefaultSealVerifier v = new DefaultSealVerifier(registry, null, TimeSource.fixed(TestSeals.NOW), OfdLimits.DEFAULT);
        return v.verifyDetached(signature.getDerEncoded(), new ByteArrayInputStream(DOC), trusted).signatures().get(0);
    }

    @Test
    void activeSealOfThisRegistryPassesSealStatus() {
        SignatureReport r = withRegistry(PKI.sign(DOC), SealState.ACTIVE, SealState.ACTIVE, null);
        assertEquals(CheckResult.PASSED, result(r, CheckId.SEAL_STATUS));
        assertEquals(Indication.TOTAL_PASSED, r.indication());
    }

    @Test
    void signatureMadeWhileSuspendedFailsRevoked() {
        SignatureReport r = withRegistry(PKI.sign(DOC), SealState.SUSPENDED, SealState.ACTIVE, null);
        assertEquals(CheckResult.FAILED, result(r, CheckId.SEAL_STATUS));
        assertEquals(SubIndication.REVOKED, r.subIndication());
        assertEquals(Indication.TOTAL_FAILED, r.indication());
    }

    @Test
    void signatureMadeAfterRevocationFailsRevoked() {
        SignatureReport r = withRegistry(PKI.sign(DOC), SealState.REVOKED, SealState.REVOKED, null);
        assertEquals(SubIndication.REVOKED, r.subIndication());
        assertTrue(r.check(CheckId.SEAL_STATUS).orElseThrow().detail().contains("REVOKED"));
    }

    @Test
    void revokedAfterSigningWithoutProofIsRevokedNoPoe() {
        SignatureReport r = withRegistry(PKI.sign(DOC), SealState.ACTIVE, SealState.REVOKED, null);
        assertEquals(CheckResult.INDETERMINATE, result(r, CheckId.SEAL_STATUS));
        assertEquals(SubIndication.REVOKED_NO_POE, r.subIndication());
    }

    @Test
    void revokedAfterSigningWithTheRegistrysUseRecordPasses() {
        SESSignature signature = PKI.sign(DOC);
        SignatureReport r = withRegistry(signature, SealState.ACTIVE, SealState.REVOKED, signature.getTimeInfo());
        assertEquals(CheckResult.PASSED, result(r, CheckId.SEAL_STATUS));
        assertEquals(Indication.TOTAL_PASSED, r.indication());
    }

    /**
     * An attacker who holds one genuine sealed document makes another signature value over it (here: a
     * second signature by the same key, as a stolen key would make after the revocation): the use
     * record of the first is no proof of existence for the second.
     */
    @Test
    void anotherSignatureOverTheSameDocumentDoesNotBorrowTheUseRecord() {
        SESSignature recorded = PKI.sign(DOC);
        SESSignature other = PKI.sign(DOC);
        assertEquals(SmCrypto.hex(recorded.getDataHash()), SmCrypto.hex(other.getDataHash()), "the same document");
        SignatureReport r = withRegistry(other, SealState.ACTIVE, SealState.REVOKED, recorded.getTimeInfo(), recorded);
        assertEquals(CheckResult.INDETERMINATE, result(r, CheckId.SEAL_STATUS));
        assertEquals(SubIndication.REVOKED_NO_POE, r.subIndication());
        SignatureReport own = withRegistry(recorded, SealState.ACTIVE, SealState.REVOKED, recorded.getTimeInfo(),
                recorded);
        assertEquals(CheckResult.PASSED, result(own, CheckId.SEAL_STATUS), "the recorded signature keeps its proof");
    }

    /**
     * The stolen-key case once more, asked "as of" a time before the revocation: the signature claims that
     * time and the seal was ACTIVE then, but nothing shows the signature existed by then. Only the
     * registry's record of this very signature makes the past verdict a pass.
     */
    @Test
    void asOfAPastTimeOnlyAProofOfExistenceByThenAcquits() {
        Instant asOf = TestSeals.NOW.minus(30, ChronoUnit.MINUTES);
        SESSignature signature = PKI.sign(DOC); // claims NOW - 1 h
        SignatureReport unproven = withRegistryAsOf(signature, null, asOf);
        assertEquals(Indication.INDETERMINATE, unproven.indication(), unproven.checks()::toString);
        assertEquals(SubIndication.NO_POE, unproven.subIndication());
        assertEquals("past.noPoe", unproven.check(CheckId.SEAL_STATUS).orElseThrow().messageKey());
        assertEquals(CheckResult.PASSED, result(unproven, CheckId.SIGNATURE_INTACT), "the cryptography still holds");

        SignatureReport recordedLater = withRegistryAsOf(signature, TestSeals.NOW.minus(10, ChronoUnit.MINUTES), asOf);
        assertEquals("past.poeLater", recordedLater.check(CheckId.SEAL_STATUS).orElseThrow().messageKey());

        SignatureReport proven = withRegistryAsOf(signature, signature.getTimeInfo(), asOf);
        assertEquals(Indication.TOTAL_PASSED, proven.indication(), proven.checks()::toString);
    }

    /** {@code signature} checked as of {@code asOf} (today is NOW) with a registry that recorded it at {@code usedAt}. */
    private SignatureReport withRegistryAsOf(SESSignature signature, Instant usedAt, Instant asOf) {
        SealRegistry registry = mock(SealRegistry.class);
        String hash = SmCrypto.hex(SmCrypto.sm3(signature.getDerEncoded()));
        when(registry.standing(eq(TestSeals.ES_ID), any(), any(), any())).thenAnswer(call -> Optional.of(
                new SealStanding(mock(Seal.class), signature.getSeal().getDerEncoded(), SealState.ACTIVE,
                        SealState.ACTIVE, usedAt != null && hash.equals(call.getArgument(1))
                                ? new SealUse(TestSeals.ES_ID, Actor.of("clerk"), usedAt, "00", "2026-0001", hash)
                                : null)));
        DefaultSealVerifier v = new DefaultSealVerifier(registry, null, TimeSource.fixed(TestSeals.NOW),
                OfdLimits.DEFAULT);
        return v.verifyDetached(signature.getDerEncoded(), new ByteArrayInputStream(DOC),
                trusted.withValidationTime(asOf)).signatures().get(0);
    }

    /** A registry of Luding County (513322) that knows no seal. */
    private static SealRegistry emptyLudingRegistry() {
        SealRegistry registry = mock(SealRegistry.class);
        when(registry.county()).thenReturn(org.bianmin.core.DivisionCode.LUDING);
        when(registry.standing(any(), any(), any(), any())).thenReturn(Optional.empty());
        return registry;
    }

    @Test
    void anotherCountysSealIsForeignAndNotApplicable() {
        SESeal foreign = PKI.seal("51010400000001", List.of(PKI.signer.certificate()),
                TestSeals.NOW.minus(365, ChronoUnit.DAYS), TestSeals.NOW.plus(730, ChronoUnit.DAYS));
        SESSignature signature = TestSeals.sign(foreign, PKI.signer, SmCrypto.sm3(DOC),
                TestSeals.NOW.minus(1, ChronoUnit.HOURS), null);
        DefaultSealVerifier v = new DefaultSealVerifier(emptyLudingRegistry(), null, TimeSource.fixed(TestSeals.NOW),
                OfdLimits.DEFAULT);
        SignatureReport r = v.verifyDetached(signature.getDerEncoded(), new ByteArrayInputStream(DOC), trusted)
                .signatures().get(0);
        assertEquals(CheckResult.NOT_APPLICABLE, result(r, CheckId.SEAL_STATUS));
        assertEquals("status.foreign", r.check(CheckId.SEAL_STATUS).orElseThrow().messageKey());
        assertEquals(Indication.TOTAL_PASSED, r.indication(), r.checks()::toString);
    }

    /**
     * A seal made outside the registry under an esID of this county's form (a forger's own maker
     * certificate, or a genuine one misused): the registry is the authority on its own esIDs, so
     * "never issued" is a failure, not "someone else's seal".
     */
    @Test
    void aSealWithThisCountysPrefixThatTheRegistryNeverIssuedFails() {
        DefaultSealVerifier v = new DefaultSealVerifier(emptyLudingRegistry(), null, TimeSource.fixed(TestSeals.NOW),
                OfdLimits.DEFAULT);
        SignatureReport r = v.verifyDetached(PKI.sign(DOC).getDerEncoded(), new ByteArrayInputStream(DOC), trusted)
                .signatures().get(0);
        assertEquals(CheckResult.FAILED, result(r, CheckId.SEAL_STATUS));
        assertEquals("status.neverIssued", r.check(CheckId.SEAL_STATUS).orElseThrow().messageKey());
        assertEquals(Indication.TOTAL_FAILED, r.indication());
        assertEquals(SubIndication.REVOKED, r.subIndication());
        SignatureReport seal = v.verifySeal(PKI.seal().getDerEncoded(), trusted).signatures().get(0);
        assertEquals(Indication.TOTAL_FAILED, seal.indication(), "a standalone seal likewise");
    }

    @Test
    void aSealImitatingARegisteredEsIdFails() {
        SESSignature signature = PKI.sign(DOC);
        SealRegistry registry = mock(SealRegistry.class);
        when(registry.standing(eq(TestSeals.ES_ID), any(), any(), any())).thenReturn(Optional.of(
                new SealStanding(mock(Seal.class), new byte[] {0x30, 0}, SealState.ACTIVE, SealState.ACTIVE, null)));
        DefaultSealVerifier v = new DefaultSealVerifier(registry, null, TimeSource.system(), OfdLimits.DEFAULT);
        SignatureReport r = v.verifyDetached(signature.getDerEncoded(), new ByteArrayInputStream(DOC), trusted)
                .signatures().get(0);
        assertEquals(CheckResult.FAILED, result(r, CheckId.SEAL_STATUS));
    }

    @Test
    void anUnreadableDocumentIsAnErrorNotAVerdict() {
        java.io.InputStream broken = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        org.bianmin.core.BianminException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.bianmin.core.BianminException.class,
                () -> verifier.verifyDetached(PKI.sign(DOC).getDerEncoded(), broken, trusted));
        assertEquals(org.bianmin.core.ErrorCode.DOCUMENT_UNREADABLE, e.code());
        assertTrue(e.getMessage().contains("disk gone"));
    }

    @Test
    void standaloneSealStatusComesFromTheRegistryAtTheValidationTime() {
        SESeal seal = PKI.seal();
        for (SealState state : new SealState[] {SealState.ACTIVE, SealState.REVOKED}) {
            SealRegistry registry = mock(SealRegistry.class);
            when(registry.standing(TestSeals.ES_ID, null, TestSeals.NOW, TestSeals.NOW)).thenReturn(Optional.of(
                    new SealStanding(mock(Seal.class), seal.getDerEncoded(), state, state, null)));
            DefaultSealVerifier v = new DefaultSealVerifier(registry, null, TimeSource.fixed(TestSeals.NOW), OfdLimits.DEFAULT);
            SignatureReport r = v.verifySeal(seal.getDerEncoded(), trusted).signatures().get(0);
            if (state == SealState.ACTIVE) {
                assertEquals(Indication.TOTAL_PASSED, r.indication(), r.checks()::toString);
                assertEquals("status.passedSeal", r.check(CheckId.SEAL_STATUS).orElseThrow().messageKey());
            } else {
                assertEquals(SubIndication.REVOKED, r.subIndication());
            }
        }
    }

    @Test
    void standaloneOwnSealPasses() {
        SignatureReport r = verifier.verifySeal(PKI.seal().getDerEncoded(), trusted).signatures().get(0);
        assertEquals(Indication.TOTAL_PASSED, r.indication(), () -> r.checks().toString());
        assertEquals(CheckResult.NOT_APPLICABLE, result(r, CheckId.SIGNATURE_INTACT));
    }
}
