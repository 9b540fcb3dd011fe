package org.bianmin.seal.internal.tsa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;

/**
 * The county TSA's responses judged by Bouncy Castle's own classes (not by our validator), its
 * refusals with their RFC 3161 status and failInfo, and our validator's refusals with their codes.
 */
class CountyTimeStampAuthorityTest {
    private static final byte[] DATA = "泸定县兴隆镇人民政府 签章值".getBytes(StandardCharsets.UTF_8);

    private final TsaFixture fixture = new TsaFixture();
    private final CountyTimeStampAuthority tsa = fixture.tsa();

    @Test
    void grantsAnSm3RequestWithATokenThatBouncyCastleValidatesOnItsOwn() throws Exception {
        BigInteger nonce = new BigInteger("1234567890123456789");
        TimeStampRequest request = request(GMObjectIdentifiers.sm3, TsaFixture.sm3(DATA), nonce);

        TimeStampResponse response = new TimeStampResponse(tsa.respond(request.getEncoded()));

        assertEquals(PKIStatus.GRANTED, response.getStatus());
        response.validate(request); // nonce, imprint and certReq as asked, by BC
        TimeStampToken token = response.getTimeStampToken();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> carried = token.getCertificates().getMatches(token.getSID());
        assertEquals(1, carried.size(), "certReq: the token carries the TSA certificate");
        X509CertificateHolder tsaCert = carried.iterator().next();
        assertArrayEquals(fixture.certificate, tsaCert.getEncoded());
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(new BouncyCastleProvider()).build(tsaCert));

        assertEquals(TsaFixture.NOW, token.getTimeStampInfo().getGenTime().toInstant());
        assertEquals(nonce, token.getTimeStampInfo().getNonce());
        assertEquals(BigInteger.valueOf(1001), token.getTimeStampInfo().getSerialNumber());
        assertEquals(TimeStampPolicy.DEFAULT_POLICY, token.getTimeStampInfo().getPolicy().getId());
        assertEquals(1, token.getTimeStampInfo().getAccuracy().getSeconds().intValueExact(), "accuracy stated");
        SignerInformation signer = token.toCMSSignedData().getSignerInfos().getSigners().iterator().next();
        assertEquals(GMObjectIdentifiers.sm3.getId(), signer.getDigestAlgOID());
        assertTrue(signer.getEncryptionAlgOID().startsWith("1.2.156.10197.1.50")
                || signer.getEncryptionAlgOID().startsWith("1.2.156.10197.1.301"), signer.getEncryptionAlgOID());
        Attribute attribute = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        assertNotNull(attribute, "ESSCertIDv2 (RFC 5816)");
        ESSCertIDv2 certId = SigningCertificateV2.getInstance(attribute.getAttributeValues()[0]).getCerts()[0];
        assertEquals(GMObjectIdentifiers.sm3, certId.getHashAlgorithm().getAlgorithm());
        assertArrayEquals(TsaFixture.sm3(fixture.certificate), certId.getCertHash());
    }

    @Test
    void theTsaCertificateIsIssuedByTheCountyCaForTimeStampingOnly() throws Exception {
        X509CertificateHolder cert = new X509CertificateHolder(fixture.certificate);
        X509CertificateHolder root = new X509CertificateHolder(fixture.issuingCertificate());
        Extension eku = cert.getExtension(Extension.extendedKeyUsage);
        assertTrue(eku.isCritical(), "RFC 3161 section 2.3: critical");
        assertEquals(1, ExtendedKeyUsage.getInstance(eku.getParsedValue()).getUsages().length);
        assertTrue(ExtendedKeyUsage.getInstance(eku.getParsedValue()).hasKeyPurposeId(KeyPurposeId.id_kp_timeStamping));
        assertEquals(root.getSubject(), cert.getIssuer());
        assertTrue(cert.isSignatureValid(new org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder()
                .setProvider(new BouncyCastleProvider()).build(root)));
        assertArrayEquals(fixture.certificate, CountyTsaCertificate.provision(fixture.keys, CountyTsaCertificate.ALIAS,
                fixture.ca, "another name", fixture.clock), "a later start reuses the stored certificate");
    }

    @Test
    void ourValidatorReturnsGenTimeSerialAndPolicy() {
        byte[] imprint = TsaFixture.sm3(DATA);
        VerifiedTimeStamp verified = TimeStampTokenValidator.validate(tsa.timeStamp(imprint), GMObjectIdentifiers.sm3,
                imprint, fixture.certificate);
        assertEquals(TsaFixture.NOW, verified.genTime());
        assertEquals(BigInteger.valueOf(1001), verified.serial());
        assertEquals(TimeStampPolicy.DEFAULT_POLICY, verified.policy());
        assertNotNull(verified.nonce());
    }

    @Test
    void sha256ImprintsAreAcceptedByDefaultAndRefusedWhenTheyAreNot() throws Exception {
        byte[] sha256 = java.security.MessageDigest.getInstance("SHA-256").digest(DATA);
        TimeStampRequest request = request(NISTObjectIdentifiers.id_sha256, sha256, BigInteger.TEN);
        assertEquals(PKIStatus.GRANTED, new TimeStampResponse(tsa.respond(request.getEncoded())).getStatus());

        CountyTimeStampAuthority sm3Only = fixture.tsa(new TimeStampPolicy(TimeStampPolicy.DEFAULT_POLICY, 500, false),
                fixture.serials::incrementAndGet);
        assertRefused(sm3Only.respond(request.getEncoded()), PKIFailureInfo.badAlg);
    }

    @Test
    void otherHashAlgorithmsAreRefusedWithBadAlg() throws Exception {
        byte[] sha1 = java.security.MessageDigest.getInstance("SHA-1").digest(DATA);
        assertRefused(tsa.respond(request(OIWObjectIdentifiers.idSHA1, sha1, BigInteger.ONE).getEncoded()),
                PKIFailureInfo.badAlg);
        byte[] sha512 = java.security.MessageDigest.getInstance("SHA-512").digest(DATA);
        assertRefused(tsa.respond(request(NISTObjectIdentifiers.id_sha512, sha512, BigInteger.ONE).getEncoded()),
                PKIFailureInfo.badAlg);
    }

    @Test
    void anSm3ImprintOfTheWrongLengthIsRefused() throws Exception {
        TimeStampRequest request = request(GMObjectIdentifiers.sm3, new byte[20], BigInteger.ONE);
        TimeStampResponse response = new TimeStampResponse(tsa.respond(request.getEncoded()));
        assertEquals(PKIStatus.REJECTION, response.getStatus());
        assertNull(response.getTimeStampToken());
    }

    @Test
    void aMalformedRequestIsRefusedWithBadDataFormat() {
        assertRefused(tsa.respond("not a request".getBytes(StandardCharsets.US_ASCII)), PKIFailureInfo.badDataFormat);
    }

    @Test
    void aRequestForAnotherPolicyIsRefusedWithUnacceptedPolicy() throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setReqPolicy(new ASN1ObjectIdentifier("1.2.3.4.5"));
        TimeStampRequest request = generator.generate(GMObjectIdentifiers.sm3, TsaFixture.sm3(DATA), BigInteger.ONE);
        assertRefused(tsa.respond(request.getEncoded()), PKIFailureInfo.unacceptedPolicy);
    }

    @Test
    void theInProcessSourceRefusesAnImprintThatIsNotSm3Sized() {
        BianminException e = assertThrows(BianminException.class, () -> tsa.timeStamp(new byte[31]));
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
    }

    @Test
    void theValidatorRefusesAnImprintMismatch() {
        byte[] token = tsa.timeStamp(TsaFixture.sm3(DATA));
        assertInvalid(() -> TimeStampTokenValidator.validate(token, GMObjectIdentifiers.sm3,
                TsaFixture.sm3("other".getBytes(StandardCharsets.UTF_8)), fixture.certificate), "imprint");
        assertInvalid(() -> TimeStampTokenValidator.validate(token, NISTObjectIdentifiers.id_sha256,
                TsaFixture.sm3(DATA), fixture.certificate), "hashed with");
    }

    @Test
    void theValidatorRefusesAnotherTsasCertificate() {
        byte[] token = tsa.timeStamp(TsaFixture.sm3(DATA));
        TsaFixture other = new TsaFixture();
        assertInvalid(() -> TimeStampTokenValidator.validate(token, GMObjectIdentifiers.sm3, TsaFixture.sm3(DATA),
                other.certificate), "not signed by the TSA certificate");
    }

    @Test
    void theValidatorRefusesACertificateWithoutTheTimeStampingPurpose() {
        byte[] token = tsa.timeStamp(TsaFixture.sm3(DATA));
        byte[] signerCert = fixture.ca.makerCertificate();
        assertInvalid(() -> TimeStampTokenValidator.validate(token, GMObjectIdentifiers.sm3, TsaFixture.sm3(DATA),
                signerCert), "timeStamping");
    }

    /**
     * A token dated after the TSA certificate expired (a TSA whose clock runs past it) proves nothing:
     * the in-process source validates its own tokens with the validator and hands none out.
     */
    @Test
    void theValidatorRefusesATokenDatedOutsideTheTsaCertificatesValidity() {
        CountyTimeStampAuthority late = new CountyTimeStampAuthority(fixture.keys, CountyTsaCertificate.ALIAS,
                fixture.certificate, TimeStampPolicy.DEFAULT, fixture.serials::incrementAndGet,
                org.bianmin.core.spi.TimeSource.fixed(TsaFixture.NOW.plus(java.time.Duration.ofDays(6 * 366))));
        assertInvalid(() -> late.timeStamp(TsaFixture.sm3(DATA)), "is not valid at its genTime");
    }

    @Test
    void theValidatorRefusesWhatIsNotAToken() {
        assertInvalid(() -> TimeStampTokenValidator.validate(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01},
                GMObjectIdentifiers.sm3, TsaFixture.sm3(DATA), fixture.certificate), "not a DER TimeStampToken");
    }

    @Test
    void aTsaWithoutATimeStampingCertificateDoesNotStart() {
        BianminException e = assertThrows(BianminException.class, () -> new CountyTimeStampAuthority(fixture.keys,
                org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority.MAKER_ALIAS, fixture.ca.makerCertificate(), TimeStampPolicy.DEFAULT,
                fixture.serials::incrementAndGet, fixture.clock));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
    }

    @Test
    void aPolicyThatIsNotAnOidIsAConfigurationError() {
        BianminException e = assertThrows(BianminException.class, () -> new TimeStampPolicy("county-1", 1000, true));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
    }

    private static TimeStampRequest request(ASN1ObjectIdentifier algorithm, byte[] imprint, BigInteger nonce) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(algorithm, imprint, nonce);
    }

    private static void assertRefused(byte[] der, int failInfo) {
        try {
            TimeStampResponse response = new TimeStampResponse(der);
            assertEquals(PKIStatus.REJECTION, response.getStatus());
            assertEquals(failInfo, response.getFailInfo().intValue());
            assertNull(response.getTimeStampToken());
        } catch (Exception e) {
            throw new AssertionError("not a TimeStampResp: " + e, e);
        }
    }

    private static void assertInvalid(org.junit.jupiter.api.function.Executable call, String why) {
        BianminException e = assertThrows(BianminException.class, call);
        assertEquals(ErrorCode.TIMESTAMP_INVALID, e.code());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
