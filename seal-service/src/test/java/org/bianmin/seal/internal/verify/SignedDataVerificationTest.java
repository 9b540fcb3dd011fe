package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.format.Vectors;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.junit.jupiter.api.Test;

/** OFD Type="Sign" signatures: a GB/T 35275 SignedData over Signature.xml, reported on its own. */
class SignedDataVerificationTest {
    private static final TestSeals PKI = new TestSeals();
    private static final String SIG_XML = "Doc_0/Signs/Sign_0/Signature.xml";
    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();
    private final ValidationPolicy trusted = ValidationPolicy.defaults().withTrustAnchors(List.of(PKI.root.certificate()));

    private static byte[] signedData(byte[] content) throws Exception {
        return signedData(content, false);
    }

    private static byte[] signedData(byte[] content, boolean attached) throws Exception {
        X509Certificate cert = new JcaX509CertificateConverter().setProvider(TestSeals.BC)
                .getCertificate(new X509CertificateHolder(PKI.signer.certificate()));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder().setProvider(TestSeals.BC)
                .build("SM3withSM2", PKI.signer.keys().getPrivate(), cert));
        generator.addCertificates(new JcaCertStore(List.of(cert)));
        return generator.generate(new CMSProcessableByteArray(content), attached).getEncoded();
    }

    private static byte[] signOfd(boolean tamperAfterSigning) throws Exception {
        byte[] ofd = Vectors.file("1.ofd");
        byte[] xml = Vectors.entry("1.ofd", SIG_XML);
        byte[] value = signedData(xml);
        ofd = OfdMutator.replaceEntry(ofd, "Doc_0/Signs/Signatures.xml", old -> new String(old, StandardCharsets.UTF_8)
                .replace("BaseLoc=", "Type=\"Sign\" BaseLoc=").getBytes(StandardCharsets.UTF_8));
        ofd = OfdMutator.replaceEntry(ofd, "Doc_0/Signs/Sign_0/SignedValue.dat", old -> value);
        if (tamperAfterSigning) {
            ofd = OfdMutator.replaceEntry(ofd, SIG_XML, old -> new String(old, StandardCharsets.UTF_8)
                    .replace("gomain_eseal", "gomain_esea1").getBytes(StandardCharsets.UTF_8));
        }
        return ofd;
    }

    @Test
    void signedDataOverSignatureXmlPasses() throws Exception {
        SignatureReport r = verifier.verifyOfd(signOfd(false), trusted).signatures().get(0);
        assertEquals("GB/T 35275 SignedData", r.format());
        assertEquals(CheckResult.PASSED, r.check(CheckId.SIGNATURE_INTACT).orElseThrow().result(), r.checks()::toString);
        assertEquals(CheckResult.PASSED, r.check(CheckId.DATA_INTACT).orElseThrow().result());
        assertEquals(CheckResult.PASSED, r.check(CheckId.SIGNER_CHAIN).orElseThrow().result());
        assertEquals(CheckResult.NOT_APPLICABLE, r.check(CheckId.SEAL_INTACT).orElseThrow().result());
        assertEquals(CheckResult.NOT_APPLICABLE, r.check(CheckId.SIGNER_AUTHORIZED).orElseThrow().result());
        assertEquals(Indication.TOTAL_PASSED, r.indication(), r.checks()::toString);
    }

    @Test
    void anAttachedSignedDataOverThisSignatureXmlPasses() throws Exception {
        byte[] ofd = withSignedValue(Vectors.entry("1.ofd", SIG_XML), signedData(Vectors.entry("1.ofd", SIG_XML), true));
        SignatureReport r = verifier.verifyOfd(ofd, trusted).signatures().get(0);
        assertEquals(Indication.TOTAL_PASSED, r.indication(), r.checks()::toString);
    }

    /**
     * A valid attached SignedData made for one document, pasted into another whose Signature.xml
     * differs: its embedded content still verifies, but it is not this document's Signature.xml.
     */
    @Test
    void anAttachedSignedDataPastedIntoAnotherDocumentFails() throws Exception {
        byte[] genuineXml = Vectors.entry("1.ofd", SIG_XML);
        byte[] otherXml = new String(genuineXml, StandardCharsets.UTF_8).replace("gomain_eseal", "gomain_esea1")
                .getBytes(StandardCharsets.UTF_8);
        byte[] ofd = withSignedValue(otherXml, signedData(genuineXml, true));
        SignatureReport r = verifier.verifyOfd(ofd, trusted).signatures().get(0);
        assertEquals(Indication.TOTAL_FAILED, r.indication(), r.checks()::toString);
        assertEquals(SubIndication.HASH_FAILURE, r.subIndication(), r.checks()::toString);
        assertEquals(CheckResult.FAILED, r.check(CheckId.DATA_INTACT).orElseThrow().result());
    }

    /** 1.ofd as a Type="Sign" signature with {@code signatureXml} and {@code value}. */
    private static byte[] withSignedValue(byte[] signatureXml, byte[] value) throws Exception {
        byte[] ofd = OfdMutator.replaceEntry(Vectors.file("1.ofd"), "Doc_0/Signs/Signatures.xml",
                old -> new String(old, StandardCharsets.UTF_8).replace("BaseLoc=", "Type=\"Sign\" BaseLoc=")
                        .getBytes(StandardCharsets.UTF_8));
        ofd = OfdMutator.replaceEntry(ofd, "Doc_0/Signs/Sign_0/SignedValue.dat", old -> value);
        return OfdMutator.replaceEntry(ofd, SIG_XML, old -> signatureXml);
    }

    @Test
    void signatureXmlChangedAfterSigningFails() throws Exception {
        SignatureReport r = verifier.verifyOfd(signOfd(true), trusted).signatures().get(0);
        assertEquals(Indication.TOTAL_FAILED, r.indication());
        assertEquals(SubIndication.HASH_FAILURE, r.subIndication(), r.checks()::toString);
    }
}
