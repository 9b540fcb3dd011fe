package org.bianmin.seal.internal.verify;

import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.internal.archive.EvidenceRecords;
import org.bianmin.seal.internal.keys.Pkcs12SealKeyStore;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.signing.SealSignerComponent;
import org.bianmin.seal.internal.signing.SignatureTimeStamper.WhenUnavailable;
import org.bianmin.seal.internal.tsa.CountyTimeStampAuthority;
import org.bianmin.seal.internal.tsa.CountyTsaCertificate;
import org.bianmin.seal.internal.tsa.TimeStampPolicy;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.tsp.ArchiveTimeStamp;
import org.bouncycastle.asn1.tsp.EvidenceRecord;
import org.bouncycastle.asn1.tsp.PartialHashtree;
import org.bouncycastle.asn1.DERSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An RFC 4998 evidence record as proof of existence: in 2040 — after the signer certificate, the seal and
 * the certificate of the TSA that stamped the signature have all expired — a signature is TOTAL_PASSED with
 * its evidence record, renewed in 2030 and 2035 by new TSA certificates, and INDETERMINATE without it.
 * Every way a record can fail to prove anything is refused: altered, of another signature, by an
 * untrusted TSA, with a renewal that does not cover the stamp before it, or made only after the
 * certificate had expired. Real registry, county CA, TSA and SM2 keys, on the test database.
 */
class EvidenceRecordVerificationTest {
    private static final Instant IN_2040 = Instant.parse("2040-03-01T00:00:00Z");
    private static final Actor ARCHIVIST = Actor.of("county.archivist.zhou");

    @TempDir
    Path directory;

    private RegistryFixture fixture;
    private Seal seal;
    private EvidenceRecords archive;

    @BeforeEach
    void open() {
        AuditTrail trail = mock(AuditTrail.class);
        fixture = new RegistryFixture(directory, trail);
        seal = fixture.activeSeal(fixture.xinglongRequest());
        archive = fixture.evidenceRecords(trail);
        fixture.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void in2040ASignatureWithItsRenewedEvidenceRecordPassesAndWithoutItIsIndeterminate() {
        SealSignature signature = sign(1);
        Instant signedAt = fixture.now.get();
        archive.archive(10, ARCHIVIST);
        renewIn("2030-10-01T00:00:00Z", "county-tsa-2030");
        renewIn("2035-06-01T00:00:00Z", "county-tsa-2035");
        byte[] record = recordOf(signature);

        SignatureReport with = verifyIn2040(signature, List.of(record));
        SignatureReport without = verifyIn2040(signature, List.of());

        assertEquals(Indication.TOTAL_PASSED, with.indication(), () -> with.checks().toString());
        CheckOutcome evidence = with.check(CheckId.EVIDENCE_RECORD).orElseThrow();
        assertEquals("evidence.passed", evidence.messageKey());
        assertEquals("3", evidence.arguments().get(1), "three archive time-stamps: 2026, 2030, 2035");
        assertEquals("timestamp.passedArchived", with.check(CheckId.TIMESTAMP).orElseThrow().messageKey());
        assertTrue(with.check(CheckId.TIMESTAMP).orElseThrow().detail().contains(signedAt.toString()));
        assertEquals("validity.passedPoe", with.check(CheckId.SIGNER_CERT_VALIDITY).orElseThrow().messageKey());

        assertEquals(Indication.INDETERMINATE, without.indication());
        assertEquals(SubIndication.OUT_OF_BOUNDS_NO_POE, without.check(CheckId.TIMESTAMP).orElseThrow().subIndication());
        assertEquals("timestamp.tsaExpired", without.check(CheckId.TIMESTAMP).orElseThrow().messageKey());
        assertEquals(CheckResult.NOT_APPLICABLE, without.check(CheckId.EVIDENCE_RECORD).orElseThrow().result());
    }

    @Test
    void aRecordNotRenewedBeforeItsTsaCertificateExpiredIsIndeterminateIn2040() {
        SealSignature signature = sign(1);
        archive.archive(10, ARCHIVIST);

        SignatureReport report = verifyIn2040(signature, List.of(recordOf(signature)));

        assertEquals(Indication.INDETERMINATE, report.indication());
        CheckOutcome evidence = report.check(CheckId.EVIDENCE_RECORD).orElseThrow();
        assertEquals(SubIndication.OUT_OF_BOUNDS_NO_POE, evidence.subIndication(), evidence::detail);
    }

    @Test
    void aRecordOfAnotherSignatureIsNotConsultedForThisOne() {
        SealSignature first = sign(1);
        SealSignature second = sign(2);
        archive.archive(10, ARCHIVIST);
        renewIn("2030-10-01T00:00:00Z", "county-tsa-2030");
        renewIn("2035-06-01T00:00:00Z", "county-tsa-2035");

        SignatureReport report = verifyIn2040(first, List.of(recordOf(second)));

        assertEquals(Indication.INDETERMINATE, report.indication());
        assertEquals(CheckResult.NOT_APPLICABLE, report.check(CheckId.EVIDENCE_RECORD).orElseThrow().result());
        assertEquals(Indication.TOTAL_PASSED, verifyIn2040(second, List.of(recordOf(second))).indication(),
                "the same record does prove the signature it covers");
    }

    @Test
    void anAlteredHashTreeOrTimeStampIsRefused() throws Exception {
        SealSignature signature = sign(1);
        sign(2);
        archive.archive(10, ARCHIVIST);
        EvidenceRecord record = EvidenceRecord.getInstance(recordOf(signature));
        ArchiveTimeStamp stamp = first(record);
        assertTrue(stamp.getReducedHashTree().length >= 2, "two uses: the record carries its sibling's hash");

        PartialHashtree[] tree = stamp.getReducedHashTree().clone();
        byte[] sibling = tree[1].getValues()[0].clone();
        sibling[0] ^= 1;
        tree[1] = new PartialHashtree(sibling);
        SignatureReport alteredTree = verifyNow(signature, new ArchiveTimeStamp(stamp.getDigestAlgorithmIdentifier(),
                tree, stamp.getTimeStamp()));
        assertFailed(alteredTree, SubIndication.HASH_FAILURE, "evidence.root");

        SignatureReport alteredToken = verifyNow(signature, new ArchiveTimeStamp(stamp.getDigestAlgorithmIdentifier(),
                stamp.getReducedHashTree(), withFlippedSignature(stamp.getTimeStamp())));
        assertFailed(alteredToken, SubIndication.SIG_CRYPTO_FAILURE, "evidence.signature");
    }

    @Test
    void aRecordByAnUntrustedTimeStampAuthorityProvesNothing() {
        SealSignature signature = sign(1);
        Pkcs12SealKeyStore keys = Pkcs12SealKeyStore.inMemory();
        SoftwareSealMakerAuthority otherCa = new SoftwareSealMakerAuthority(keys, "某省电子认证中心", fixture.clock);
        fixture.timeStamps.set(new CountyTimeStampAuthority(keys, CountyTsaCertificate.ALIAS,
                CountyTsaCertificate.provision(keys, CountyTsaCertificate.ALIAS, otherCa, "某省时间戳服务", fixture.clock),
                TimeStampPolicy.DEFAULT, () -> 7, fixture.clock));
        archive.archive(10, ARCHIVIST);

        SignatureReport report = verifyNow(signature, List.of(recordOf(signature)));

        assertEquals(Indication.INDETERMINATE, report.indication());
        CheckOutcome evidence = report.check(CheckId.EVIDENCE_RECORD).orElseThrow();
        assertEquals(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, evidence.subIndication(), evidence::detail);
    }

    @Test
    void aRenewalThatDoesNotCoverThePreviousTimeStampIsRefused() {
        SealSignature signature = sign(1);
        archive.archive(10, ARCHIVIST);
        EvidenceRecord record = EvidenceRecord.getInstance(recordOf(signature));
        byte[] unrelated = fixture.tsa.timeStamp(sm3("not the previous archive time-stamp"));

        SignatureReport report = verifyNow(signature, List.of(der(record.addArchiveTimeStamp(
                new ArchiveTimeStamp(ContentInfo.getInstance(unrelated)), false))));

        assertFailed(report, SubIndication.HASH_FAILURE, "evidence.renewalNotCovering");
        assertEquals(List.of("2", "1"), report.check(CheckId.EVIDENCE_RECORD).orElseThrow().arguments());
    }

    @Test
    void anArchiveTimeStampMadeAfterTheCertificateExpiredDoesNotSaveTheSignature() {
        fixture.timeStamps.set(null);
        SealSignerComponent signer = new SealSignerComponent(fixture.store, fixture.keys, fixture.clock,
                () -> null, fixture.stamper(WhenUnavailable.SIGN_WITHOUT));
        SealSignature signature = signer.sign(seal.esId(), document(1), "泸兴审〔2026〕1号", CUSTODIAN);
        fixture.now.set(seal.validTo().plus(Duration.ofDays(30)));
        fixture.timeStamps.set(fixture.tsa);
        archive.archive(10, ARCHIVIST);

        SignatureReport report = verifyNow(signature, List.of(recordOf(signature)));

        assertEquals(CheckResult.PASSED, report.check(CheckId.EVIDENCE_RECORD).orElseThrow().result(),
                "the record is sound: it proves existence only after the expiry");
        assertFailed(report, SubIndication.EXPIRED, null);
        assertEquals("validity.poeAfter", report.check(CheckId.SIGNER_CERT_VALIDITY).orElseThrow().messageKey());
    }

    private SealSignature sign(int n) {
        SealSignature signature = fixture.signer.sign(seal.esId(), document(n), "泸兴审〔2026〕" + n + "号", CUSTODIAN);
        fixture.advance(Duration.ofMinutes(1));
        return signature;
    }

    private static byte[] document(int n) {
        return ("兴隆镇 准予许可决定书 2026-00" + n).getBytes(StandardCharsets.UTF_8);
    }

    /** Moves the clock to {@code at}, has a new TSA certificate issued there and renews every record due. */
    private void renewIn(String at, String alias) {
        fixture.now.set(Instant.parse(at));
        fixture.timeStamps.set(fixture.newTsa(alias));
        assertTrue(archive.renew(100, ARCHIVIST) > 0, "records were due at " + at);
    }

    private byte[] recordOf(SealSignature signature) {
        return archive.evidenceRecord(seal.esId(), HexFormat.of().formatHex(sm3(signature.der()))).orElseThrow();
    }

    private SignatureReport verifyIn2040(SealSignature signature, List<byte[]> records) {
        return verify(signature, records, IN_2040);
    }

    private SignatureReport verifyNow(SealSignature signature, ArchiveTimeStamp stamp) {
        return verifyNow(signature, List.of(der(new EvidenceRecord(null, null, stamp))));
    }

    private SignatureReport verifyNow(SealSignature signature, List<byte[]> records) {
        return verify(signature, records, fixture.now.get());
    }

    private SignatureReport verify(SealSignature signature, List<byte[]> records, Instant at) {
        DefaultSealVerifier verifier = fixture.verifier();
        return verifier.verifyDetached(signature.der(), new ByteArrayInputStream(documentOf(signature)),
                verifier.defaultPolicy().withValidationTime(at).withEvidenceRecords(records)).signatures().get(0);
    }

    /** The document a test signature was made over: the one whose SM3 the signature's use recorded. */
    private byte[] documentOf(SealSignature signature) {
        for (int n = 1; n <= 2; n++) {
            if (HexFormat.of().formatHex(sm3(document(n))).equals(signature.documentHash())) {
                return document(n);
            }
        }
        throw new IllegalStateException("not a test document");
    }

    private static void assertFailed(SignatureReport report, SubIndication sub, String key) {
        assertEquals(Indication.TOTAL_FAILED, report.indication(), () -> report.checks().toString());
        assertEquals(sub, report.subIndication());
        if (key != null) {
            assertEquals(key, report.check(CheckId.EVIDENCE_RECORD).orElseThrow().messageKey());
        }
    }

    private static ArchiveTimeStamp first(EvidenceRecord record) {
        return record.getArchiveTimeStampSequence().getArchiveTimeStampChains()[0].getArchiveTimestamps()[0];
    }

    /** The time-stamp token with one bit of its signer's signature value flipped. */
    private static ContentInfo withFlippedSignature(ContentInfo token) {
        SignedData data = SignedData.getInstance(token.getContent());
        SignerInfo signer = SignerInfo.getInstance(data.getSignerInfos().getObjectAt(0));
        byte[] value = signer.getEncryptedDigest().getOctets();
        value[value.length - 1] ^= 1;
        SignerInfo flipped = new SignerInfo(signer.getSID(), signer.getDigestAlgorithm(),
                signer.getAuthenticatedAttributes(), signer.getDigestEncryptionAlgorithm(), new DEROctetString(value),
                signer.getUnauthenticatedAttributes());
        return new ContentInfo(token.getContentType(), new SignedData(data.getDigestAlgorithms(),
                data.getEncapContentInfo(), data.getCertificates(), data.getCRLs(), new DERSet(flipped)));
    }

    private static byte[] der(EvidenceRecord record) {
        try {
            return record.getEncoded(ASN1Encoding.DER);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sm3(String text) {
        return sm3(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sm3(byte[] data) {
        return SmCrypto.sm3(data);
    }
}
