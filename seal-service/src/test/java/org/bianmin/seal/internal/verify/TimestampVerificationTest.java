package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.SESeal;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.Test;

/** TIMESTAMP (RFC 3161 token in SES_Signature.timeStamp) and its use as proof of existence. */
class TimestampVerificationTest {
    private static final TestSeals PKI = new TestSeals();
    private static final byte[] DOC = {1, 2, 3, 4};
    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();
    private final ValidationPolicy trusted = ValidationPolicy.defaults().withTrustAnchors(List.of(PKI.root.certificate()));

    private static byte[] token(TestSeals.Party tsa, byte[] overBytes, Instant genTime) throws Exception {
        return token(tsa, overBytes, genTime, tsa);
    }

    /** A token by {@code tsa} (its certificate named in the token) that carries {@code carried}'s certificate. */
    private static byte[] token(TestSeals.Party tsa, byte[] overBytes, Instant genTime, TestSeals.Party carried)
            throws Exception {
        X509Certificate cert = new JcaX509CertificateConverter().setProvider(TestSeals.BC)
                .getCertificate(new org.bouncycastle.cert.X509CertificateHolder(tsa.certificate()));
        TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().setProvider(TestSeals.BC).build("SM3withSM2",
                        tsa.keys().getPrivate(), cert),
                new JcaDigestCalculatorProviderBuilder().setProvider(TestSeals.BC).build()
                        .get(new AlgorithmIdentifier(GMObjectIdentifiers.sm3)),
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.156.1"));
        generator.addCertificates(new JcaCertStore(List.of(new JcaX509CertificateConverter().setProvider(TestSeals.BC)
                .getCertificate(new org.bouncycastle.cert.X509CertificateHolder(carried.certificate())))));
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest request = requests.generate(GMObjectIdentifiers.sm3, SmCrypto.sm3(overBytes));
        return generator.generate(request, BigInteger.ONE, Date.from(genTime)).getEncoded();
    }

    /**
     * A well-formed RFC 3161 token signed by {@code by}, whatever its certificate allows: built through CMS
     * directly, since Bouncy Castle's generator refuses a certificate without the time-stamping purpose.
     */
    private static byte[] tokenByAnyone(TestSeals.Party by, byte[] overBytes, Instant genTime) throws Exception {
        org.bouncycastle.asn1.tsp.TSTInfo info = new org.bouncycastle.asn1.tsp.TSTInfo(
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.156.1"),
                new org.bouncycastle.asn1.tsp.MessageImprint(new AlgorithmIdentifier(GMObjectIdentifiers.sm3),
                        SmCrypto.sm3(overBytes)),
                new org.bouncycastle.asn1.ASN1Integer(7), new org.bouncycastle.asn1.ASN1GeneralizedTime(
                        Date.from(genTime)), null, null, null, null, null);
        org.bouncycastle.asn1.ess.SigningCertificateV2 binding = new org.bouncycastle.asn1.ess.SigningCertificateV2(
                new org.bouncycastle.asn1.ess.ESSCertIDv2(new AlgorithmIdentifier(GMObjectIdentifiers.sm3),
                        SmCrypto.sm3(by.certificate())));
        // the CMS signing time is the token's own time: left out, the generator would write the clock's
        // time, and Bouncy Castle refuses a token whose two times lie more than a minute apart
        org.bouncycastle.asn1.ASN1EncodableVector signed = new org.bouncycastle.asn1.ASN1EncodableVector();
        signed.add(new org.bouncycastle.asn1.cms.Attribute(
                org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new org.bouncycastle.asn1.DERSet(binding)));
        signed.add(new org.bouncycastle.asn1.cms.Attribute(org.bouncycastle.asn1.cms.CMSAttributes.signingTime,
                new org.bouncycastle.asn1.DERSet(new org.bouncycastle.asn1.cms.Time(Date.from(genTime)))));
        org.bouncycastle.asn1.cms.AttributeTable attributes = new org.bouncycastle.asn1.cms.AttributeTable(signed);
        org.bouncycastle.cert.X509CertificateHolder cert = new org.bouncycastle.cert.X509CertificateHolder(
                by.certificate());
        org.bouncycastle.cms.CMSSignedDataGenerator cms = new org.bouncycastle.cms.CMSSignedDataGenerator();
        cms.addSignerInfoGenerator(new org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(TestSeals.BC).build())
                .setSignedAttributeGenerator(new org.bouncycastle.cms.DefaultSignedAttributeTableGenerator(attributes))
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SM3withSM2")
                        .setProvider(TestSeals.BC).build(by.keys().getPrivate()), cert));
        cms.addCertificate(cert);
        return cms.generate(new org.bouncycastle.cms.CMSProcessableByteArray(
                org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_ct_TSTInfo, info.getEncoded()), true).getEncoded();
    }

    private static SESSignature stamped(SESSignature s, byte[] token) {
        return new SESSignature(s.getToSign(), s.getSignerCertificate(), TestSeals.SM3_SM2, s.getSignatureValue(),
                token);
    }

    /** A signature made at {@code signedAt} by a signer whose certificate expired 10 days ago (valid 390 days). */
    private static SESSignature byExpiredSigner(Instant signedAt) {
        Instant now = TestSeals.NOW;
        TestSeals.Party expired = PKI.issue("CN=过期签章者,O=泸定县,C=CN", now.minus(400, ChronoUnit.DAYS),
                now.minus(10, ChronoUnit.DAYS));
        SESeal seal = PKI.seal(TestSeals.ES_ID, List.of(expired.certificate()), now.minus(365, ChronoUnit.DAYS),
                now.plus(365, ChronoUnit.DAYS));
        return TestSeals.sign(seal, expired, SmCrypto.sm3(DOC), signedAt, null);
    }

    private SignatureReport verify(SESSignature s) {
        return verifier.verifyDetached(s.getDerEncoded(), new ByteArrayInputStream(DOC), trusted).signatures().get(0);
    }

    @Test
    void timestampProvesExistenceWhileTheSignerCertificateWasValid() throws Exception {
        Instant now = TestSeals.NOW;
        Instant signedAt = now.minus(100, ChronoUnit.DAYS);
        SESSignature plain = byExpiredSigner(signedAt);
        SignatureReport withoutToken = verify(plain);
        assertEquals(SubIndication.OUT_OF_BOUNDS_NO_POE, withoutToken.subIndication());

        TestSeals.Party tsa = PKI.issueTsa(now.minus(1000, ChronoUnit.DAYS), now.plus(1000, ChronoUnit.DAYS));
        SignatureReport r = verify(stamped(plain, token(tsa, plain.getSignatureValue(), signedAt)));
        assertEquals(CheckResult.PASSED, r.check(CheckId.TIMESTAMP).orElseThrow().result(),
                () -> r.check(CheckId.TIMESTAMP).orElseThrow().detail());
        assertEquals(CheckResult.PASSED, r.check(CheckId.SIGNER_CERT_VALIDITY).orElseThrow().result());
        assertEquals("validity.passedPoe", r.check(CheckId.SIGNER_CERT_VALIDITY).orElseThrow().messageKey());
        assertEquals(Indication.TOTAL_PASSED, r.indication(), () -> r.checks().toString());
    }

    @Test
    void timestampOverOtherBytesFailsItsImprint() throws Exception {
        SESSignature plain = PKI.sign(DOC);
        TestSeals.Party tsa = PKI.issueTsa(TestSeals.NOW.minus(10, ChronoUnit.DAYS), TestSeals.NOW.plus(10,
                ChronoUnit.DAYS));
        SignatureReport r = verify(stamped(plain, token(tsa, new byte[] {9}, TestSeals.NOW)));
        assertEquals(CheckResult.FAILED, r.check(CheckId.TIMESTAMP).orElseThrow().result());
        assertEquals(SubIndication.HASH_FAILURE, r.subIndication());
    }

    /** A certificate that may sign (a seal signer's) but not time-stamp: RFC 3161 §2.3 key purpose. */
    @Test
    void aTokenSignedWithoutTheTimeStampingKeyPurposeFails() throws Exception {
        SESSignature plain = PKI.sign(DOC);
        SignatureReport r = verify(stamped(plain, tokenByAnyone(PKI.signer, plain.getSignatureValue(), TestSeals.NOW)));
        assertEquals(CheckResult.FAILED, r.check(CheckId.TIMESTAMP).orElseThrow().result());
        assertEquals("timestamp.role", r.check(CheckId.TIMESTAMP).orElseThrow().messageKey(),
                () -> r.check(CheckId.TIMESTAMP).orElseThrow().detail());
        assertEquals(SubIndication.CHAIN_CONSTRAINTS_FAILURE, r.subIndication());
        assertTrue(r.check(CheckId.TIMESTAMP).orElseThrow().detail().contains("ExtendedKeyUsage"),
                () -> r.check(CheckId.TIMESTAMP).orElseThrow().detail());
    }

    /**
     * The token names (ESSCertIDv2) one certificate of the TSA's key but carries another one of the same
     * key: the signature verifies, the binding RFC 5816 requires does not.
     */
    @Test
    void aTokenCarryingAnotherCertificateThanItsEssCertIdFails() throws Exception {
        TestSeals.Party named = PKI.issueTsa(TestSeals.NOW.minus(10, ChronoUnit.DAYS), TestSeals.NOW.plus(10,
                ChronoUnit.DAYS));
        TestSeals.Party carried = PKI.issueTsa(named.keys(), TestSeals.NOW.minus(9, ChronoUnit.DAYS),
                TestSeals.NOW.plus(11, ChronoUnit.DAYS));
        SESSignature plain = PKI.sign(DOC);
        byte[] token = token(named, plain.getSignatureValue(), TestSeals.NOW, carried);
        SignatureReport r = verify(stamped(plain, token));
        assertEquals(CheckResult.FAILED, r.check(CheckId.TIMESTAMP).orElseThrow().result(),
                () -> r.check(CheckId.TIMESTAMP).orElseThrow().detail());
        assertEquals("timestamp.role", r.check(CheckId.TIMESTAMP).orElseThrow().messageKey());
        SignatureReport honest = verify(stamped(plain, token(named, plain.getSignatureValue(), TestSeals.NOW)));
        assertEquals(CheckResult.PASSED, honest.check(CheckId.TIMESTAMP).orElseThrow().result(),
                () -> honest.check(CheckId.TIMESTAMP).orElseThrow().detail());
    }

    @Test
    void garbageTokenIsAFailedTimestamp() {
        SignatureReport r = verify(stamped(PKI.sign(DOC), new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}));
        assertEquals(CheckResult.FAILED, r.check(CheckId.TIMESTAMP).orElseThrow().result());
        assertTrue(r.check(CheckId.TIMESTAMP).orElseThrow().detail().startsWith("The timestamp token cannot be read"));
    }

    private static TestSeals.Party longLivedTsa() {
        return PKI.issueTsa(TestSeals.NOW.minus(1000, ChronoUnit.DAYS), TestSeals.NOW.plus(1000, ChronoUnit.DAYS));
    }

    private static CheckOutcome timestampOf(SignatureReport r) {
        return r.check(CheckId.TIMESTAMP).orElseThrow();
    }

    /** One byte of the TSA's signature changed: the token no longer verifies. */
    @Test
    void aTamperedTokenFailsItsSignature() throws Exception {
        SESSignature plain = PKI.sign(DOC);
        byte[] token = token(longLivedTsa(), plain.getSignatureValue(), TestSeals.NOW);
        SignatureReport honest = verify(stamped(plain, token));
        assertEquals(CheckResult.PASSED, timestampOf(honest).result(), () -> timestampOf(honest).detail());
        token[token.length - 5] ^= 0x01;
        SignatureReport r = verify(stamped(plain, token));
        assertEquals(CheckResult.FAILED, timestampOf(r).result());
        assertEquals("timestamp.signature", timestampOf(r).messageKey(), () -> timestampOf(r).detail());
        assertEquals(SubIndication.SIG_CRYPTO_FAILURE, r.subIndication());
        assertEquals(Indication.TOTAL_FAILED, r.indication());
    }

    /** A genuine token, but over another signature of the same seal and signer: it proves nothing of this one. */
    @Test
    void aTokenOverAnotherSignatureFailsItsImprint() throws Exception {
        SESSignature plain = PKI.sign(DOC);
        SESSignature other = TestSeals.sign(PKI.seal(), PKI.signer, SmCrypto.sm3(DOC),
                TestSeals.NOW.minus(2, ChronoUnit.HOURS), null);
        SignatureReport r = verify(stamped(plain, token(longLivedTsa(), other.getSignatureValue(), TestSeals.NOW)));
        assertEquals(CheckResult.FAILED, timestampOf(r).result());
        assertEquals("timestamp.imprint", timestampOf(r).messageKey());
        assertEquals(SubIndication.HASH_FAILURE, r.subIndication());
        assertEquals(Indication.TOTAL_FAILED, r.indication());
    }

    /** A token dated before the signer certificate began: no valid signer can have made the signature. */
    @Test
    void aTokenDatedBeforeTheSignerCertificateBeganFails() throws Exception {
        SESSignature plain = PKI.sign(DOC); // the signer certificate is valid from 30 days ago
        SignatureReport r = verify(stamped(plain, token(longLivedTsa(), plain.getSignatureValue(),
                TestSeals.NOW.minus(40, ChronoUnit.DAYS))));
        assertEquals(CheckResult.FAILED, timestampOf(r).result(), () -> timestampOf(r).detail());
        assertEquals("timestamp.beforeValidity", timestampOf(r).messageKey());
        assertEquals(SubIndication.NOT_YET_VALID, r.subIndication());
        assertEquals(Indication.TOTAL_FAILED, r.indication());
        assertTrue(timestampOf(r).detail().contains("the signer certificate"), () -> timestampOf(r).detail());
    }

    /**
     * A token dated after the signer certificate expired proves existence only then: not a proof of
     * existence while it was valid, so the certificate's expiry is not excused.
     */
    @Test
    void aTokenDatedAfterTheSignerCertificateExpiredIsNoProofOfExistenceWithinIt() throws Exception {
        SESSignature plain = byExpiredSigner(TestSeals.NOW.minus(100, ChronoUnit.DAYS));
        SignatureReport r = verify(stamped(plain, token(longLivedTsa(), plain.getSignatureValue(),
                TestSeals.NOW.minus(5, ChronoUnit.DAYS))));
        assertEquals(CheckResult.INDETERMINATE, timestampOf(r).result(), () -> timestampOf(r).detail());
        assertEquals("timestamp.afterValidity", timestampOf(r).messageKey());
        assertEquals(SubIndication.OUT_OF_BOUNDS_NO_POE, timestampOf(r).subIndication());
        assertEquals(CheckResult.INDETERMINATE, r.check(CheckId.SIGNER_CERT_VALIDITY).orElseThrow().result());
        assertEquals(Indication.INDETERMINATE, r.indication());
    }

    /** The same bound holds for the seal's validStart–validEnd (GB/T 38540 §7.3). */
    @Test
    void aTokenDatedAfterTheSealEndedIsNoProofOfExistenceWithinIt() throws Exception {
        Instant now = TestSeals.NOW;
        SESeal seal = PKI.seal(TestSeals.ES_ID, List.of(PKI.signer.certificate()), now.minus(365, ChronoUnit.DAYS),
                now.minus(2, ChronoUnit.DAYS));
        SESSignature plain = TestSeals.sign(seal, PKI.signer, SmCrypto.sm3(DOC), now.minus(3, ChronoUnit.DAYS), null);
        SignatureReport r = verify(stamped(plain, token(longLivedTsa(), plain.getSignatureValue(),
                now.minus(1, ChronoUnit.DAYS))));
        assertEquals("timestamp.afterValidity", timestampOf(r).messageKey(), () -> timestampOf(r).detail());
        assertTrue(timestampOf(r).detail().contains("the seal"), () -> timestampOf(r).detail());
        assertEquals(Indication.INDETERMINATE, r.indication());
    }
}
