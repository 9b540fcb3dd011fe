package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.SESeal;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.bianmin.seal.spi.TrustAnchors;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.junit.jupiter.api.Test;

/**
 * The seal-maker rule of SEAL_MAKER_CHAIN (GB/T 38540-2020 §7.3): a certificate that merely chains to
 * the county's CA — a seal signer's own, for instance — must not be able to make a seal that passes.
 */
class SealMakerRoleTest {
    private static final TestSeals PKI = new TestSeals();
    private static final byte[] DOC = "泸定县兴隆镇 审批决定书".getBytes(StandardCharsets.UTF_8);
    private static final String MAKER_PURPOSE = "1.2.156.112562.3.1";

    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();
    private final ValidationPolicy anchored = ValidationPolicy.defaults().withTrustAnchors(List.of(PKI.root.certificate()));

    /** A signature under a seal that {@code maker} made for {@link TestSeals#signer}. */
    private SignatureReport verify(TestSeals.Party maker, ValidationPolicy policy) {
        SESeal seal = TestSeals.sealBy(maker, TestSeals.ES_ID, List.of(PKI.signer.certificate()),
                TestSeals.NOW.minus(10, ChronoUnit.DAYS), TestSeals.NOW.plus(100, ChronoUnit.DAYS));
        SESSignature signature = TestSeals.sign(seal, PKI.signer, SmCrypto.sm3(DOC),
                TestSeals.NOW.minus(1, ChronoUnit.HOURS), null);
        return verifier.verifyDetached(signature.getDerEncoded(), new ByteArrayInputStream(DOC), policy).signatures()
                .get(0);
    }

    private static CheckOutcome makerCheck(SignatureReport report) {
        return report.check(CheckId.SEAL_MAKER_CHAIN).orElseThrow();
    }

    @Test
    void withoutARuleAnyCertificateOfTheCaMakesSealsAsBefore() {
        SignatureReport r = verify(PKI.signer, anchored);
        assertEquals(Indication.TOTAL_PASSED, r.indication(), r.checks()::toString);
    }

    @Test
    void aSignersCertificateCannotMakeASealWhenTheMakerIsListed() {
        ValidationPolicy policy = anchored.withSealMakers(List.of(PKI.maker.certificate()));
        assertEquals(Indication.TOTAL_PASSED, verify(PKI.maker, policy).indication(), "the listed maker");
        SignatureReport forged = verify(PKI.signer, policy);
        assertEquals(CheckResult.FAILED, makerCheck(forged).result());
        assertEquals("maker.notAllowed", makerCheck(forged).messageKey());
        assertEquals(Indication.TOTAL_FAILED, forged.indication());
        assertEquals(SubIndication.CHAIN_CONSTRAINTS_FAILURE, forged.subIndication());
    }

    @Test
    void aCaMarksItsMakersByExtendedKeyUsageOrCertificatePolicy() {
        TestSeals.Party byUsage = PKI.issue("CN=省电子印章制作系统甲,O=四川省,C=CN", TestSeals.NOW.minus(5, ChronoUnit.DAYS),
                TestSeals.NOW.plus(500, ChronoUnit.DAYS), b -> add(b, Extension.extendedKeyUsage,
                        new ExtendedKeyUsage(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(MAKER_PURPOSE)))));
        TestSeals.Party byPolicy = PKI.issue("CN=省电子印章制作系统乙,O=四川省,C=CN", TestSeals.NOW.minus(5, ChronoUnit.DAYS),
                TestSeals.NOW.plus(500, ChronoUnit.DAYS), b -> add(b, Extension.certificatePolicies,
                        new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier(MAKER_PURPOSE)))));
        ValidationPolicy policy = anchored.withSealMakerPurpose(MAKER_PURPOSE);
        assertEquals(CheckResult.PASSED, makerCheck(verify(byUsage, policy)).result());
        assertEquals(CheckResult.PASSED, makerCheck(verify(byPolicy, policy)).result());
        assertEquals("maker.notAllowed", makerCheck(verify(PKI.maker, policy)).messageKey(), "unmarked");
    }

    @Test
    void theDeploymentsAnchorsNameItsMakerInTheDefaultPolicy() {
        TrustAnchors county = new TrustAnchors() {
            @Override
            public List<byte[]> certificates() {
                return List.of(PKI.root.certificate());
            }

            @Override
            public List<byte[]> sealMakers() {
                return List.of(PKI.maker.certificate());
            }
        };
        DefaultSealVerifier deployed = new DefaultSealVerifier(null, county, TimeSource.fixed(TestSeals.NOW),
                OfdLimits.DEFAULT);
        ValidationPolicy policy = deployed.defaultPolicy();
        assertEquals(1, policy.sealMakers().size());
        assertEquals("maker.notAllowed", makerCheck(verify(PKI.signer, policy)).messageKey());
    }

    @Test
    void aPurposeMustBeAnOid() {
        assertThrows(BianminException.class, () -> anchored.withSealMakerPurpose("seal maker"));
        assertThrows(BianminException.class, () -> anchored.withSealMakerPurpose("1.02.3"));
    }

    private static void add(org.bouncycastle.cert.X509v3CertificateBuilder b, ASN1ObjectIdentifier oid,
            org.bouncycastle.asn1.ASN1Encodable value) {
        try {
            b.addExtension(oid, false, value);
        } catch (org.bouncycastle.cert.CertIOException e) {
            throw new IllegalStateException(e);
        }
    }
}
