package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
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
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * SIGNER_CHAIN under RFC 5280 path validation: paths that only chain by name and signature, as the
 * earlier hand-written path check accepted them, but that a PKIX validator refuses.
 */
class PathValidationTest {
    private static final byte[] DOC = "泸定县兴隆镇 准予许可决定书".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = TestSeals.NOW;
    private static final String ROOT = "CN=泸定县电子印章根CA,O=泸定县,C=CN";

    private final TestSeals pki = new TestSeals();
    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();

    /** How a certificate under test is shaped. */
    private record Shape(BasicConstraints constraints, Integer keyUsage, String algorithm) {
    }

    private static TestSeals.Party party(String subject, String issuer, PrivateKey issuerKey, Shape shape) {
        KeyPair keys = TestSeals.keyPair();
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                    BigInteger.valueOf(System.nanoTime()), Date.from(NOW.minus(30, ChronoUnit.DAYS)),
                    Date.from(NOW.plus(300, ChronoUnit.DAYS)), new X500Name(subject), keys.getPublic());
            if (shape.constraints() != null) {
                b.addExtension(Extension.basicConstraints, true, shape.constraints());
            }
            if (shape.keyUsage() != null) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(shape.keyUsage()));
            }
            return new TestSeals.Party(keys, b.build(new JcaContentSignerBuilder(shape.algorithm())
                    .setProvider(TestSeals.BC).build(issuerKey)).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final int SIGNING = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;

    /**
     * A signature by {@code signer}, whose certificate {@code maker} issued, under a seal that {@code maker}
     * made: the maker's certificate is the one intermediate the signature itself carries.
     */
    private SignatureReport verify(TestSeals.Party maker, TestSeals.Party signer, byte[] anchor) {
        SESeal seal = TestSeals.sealBy(maker, TestSeals.ES_ID, List.of(signer.certificate()),
                NOW.minus(10, ChronoUnit.DAYS), NOW.plus(100, ChronoUnit.DAYS));
        SESSignature signature = TestSeals.sign(seal, signer, SmCrypto.sm3(DOC), NOW.minus(1, ChronoUnit.HOURS), null);
        ValidationPolicy policy = ValidationPolicy.defaults().withTrustAnchors(List.of(anchor));
        return verifier.verifyDetached(signature.getDerEncoded(), new ByteArrayInputStream(DOC), policy).signatures()
                .get(0);
    }

    private static CheckOutcome chain(SignatureReport report) {
        return report.check(CheckId.SIGNER_CHAIN).orElseThrow();
    }

    @Test
    void aProperIntermediateCaPasses() {
        TestSeals.Party ca = party("CN=泸定县审批局CA,O=泸定县,C=CN", ROOT, pki.root.keys().getPrivate(),
                new Shape(new BasicConstraints(0), KeyUsage.keyCertSign | KeyUsage.digitalSignature, "SM3withSM2"));
        TestSeals.Party signer = party("CN=兴隆镇审批专用章", "CN=泸定县审批局CA,O=泸定县,C=CN", ca.keys().getPrivate(),
                new Shape(new BasicConstraints(false), SIGNING, "SM3withSM2"));
        SignatureReport r = verify(ca, signer, pki.root.certificate());
        assertEquals(CheckResult.PASSED, chain(r).result(), chain(r)::detail);
        assertEquals(Indication.TOTAL_PASSED, r.indication(), r.checks()::toString);
    }

    /** An issuer with no basicConstraints at all is not a CA (RFC 5280 §6.1.4 (k)). */
    @Test
    void anIssuerWithoutBasicConstraintsIsRefused() {
        TestSeals.Party notCa = party("CN=某制章系统,O=泸定县,C=CN", ROOT, pki.root.keys().getPrivate(),
                new Shape(null, null, "SM3withSM2"));
        TestSeals.Party signer = party("CN=冒用的签章人", "CN=某制章系统,O=泸定县,C=CN", notCa.keys().getPrivate(),
                new Shape(new BasicConstraints(false), SIGNING, "SM3withSM2"));
        SignatureReport r = verify(notCa, signer, pki.root.certificate());
        assertEquals(CheckResult.FAILED, chain(r).result(), chain(r)::detail);
        assertEquals("chain.pathValidation", chain(r).messageKey());
        assertEquals(SubIndication.CHAIN_CONSTRAINTS_FAILURE, r.subIndication());
        assertTrue(chain(r).detail().contains("某制章系统"), chain(r)::detail);
    }

    /** The root allows no intermediate CA (its pathLenConstraint 0, RFC 5280 §4.2.1.9, enforced as RFC 5937 §3 says). */
    @Test
    void aPathLongerThanTheRootAllowsIsRefused() {
        KeyPair rootKeys = TestSeals.keyPair();
        String name = "CN=只签发终端证书的根CA,O=泸定县,C=CN";
        TestSeals.Party root = selfSigned(name, rootKeys, new BasicConstraints(0));
        TestSeals.Party ca = party("CN=下级CA,O=泸定县,C=CN", name, rootKeys.getPrivate(),
                new Shape(new BasicConstraints(true), KeyUsage.keyCertSign, "SM3withSM2"));
        TestSeals.Party signer = party("CN=签章人", "CN=下级CA,O=泸定县,C=CN", ca.keys().getPrivate(),
                new Shape(new BasicConstraints(false), SIGNING, "SM3withSM2"));
        SignatureReport r = verify(ca, signer, root.certificate());
        assertEquals(CheckResult.FAILED, chain(r).result(), chain(r)::detail);
        assertTrue(chain(r).detail().contains("pathLenConstraint"), chain(r)::detail);
    }

    /** A certificate signed with another algorithm than SM3withSM2 (GB/T 38540 seals are SM2/SM3 throughout). */
    @Test
    void aCertificateNotSignedWithSm3WithSm2IsRefused() {
        TestSeals.Party signer = party("CN=签章人,O=泸定县,C=CN", ROOT, pki.root.keys().getPrivate(),
                new Shape(new BasicConstraints(false), SIGNING, "SHA256withECDSA"));
        SignatureReport r = verify(pki.maker, signer, pki.root.certificate());
        assertEquals(CheckResult.FAILED, chain(r).result(), chain(r)::detail);
        assertTrue(chain(r).detail().contains("not SM3withSM2"), chain(r)::detail);
    }

    /** A leaf trusted as an anchor does not thereby become a CA (RFC 5937 §3). */
    @Test
    void aTrustedLeafCannotIssue() {
        TestSeals.Party leaf = pki.issue("CN=受信任的签章人,O=泸定县,C=CN", NOW.minus(5, ChronoUnit.DAYS),
                NOW.plus(50, ChronoUnit.DAYS));
        TestSeals.Party signer = party("CN=由终端证书签发的签章人", "CN=受信任的签章人,O=泸定县,C=CN",
                leaf.keys().getPrivate(), new Shape(new BasicConstraints(false), SIGNING, "SM3withSM2"));
        SignatureReport r = verify(pki.maker, signer, leaf.certificate());
        assertEquals(CheckResult.FAILED, chain(r).result(), chain(r)::detail);
        assertTrue(chain(r).detail().contains("not a CA certificate"), chain(r)::detail);
    }

    private static TestSeals.Party selfSigned(String name, KeyPair keys, BasicConstraints constraints) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(name), BigInteger.TEN,
                    Date.from(NOW.minus(100, ChronoUnit.DAYS)), Date.from(NOW.plus(1000, ChronoUnit.DAYS)),
                    new X500Name(name), keys.getPublic());
            b.addExtension(Extension.basicConstraints, true, constraints);
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return new TestSeals.Party(keys, b.build(new JcaContentSignerBuilder("SM3withSM2")
                    .setProvider(TestSeals.BC).build(keys.getPrivate())).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
