package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.SealFormat;
import org.bianmin.seal.internal.format.Sm2Signatures;
import org.bianmin.seal.internal.format.TBSSign;
import org.bianmin.seal.internal.format.Vectors;
import org.bianmin.seal.internal.keys.Sm2;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.junit.jupiter.api.Test;

/**
 * OFD documents sealed in this project's style, with the quirks vendors write: CheckMethod as the
 * SM3 OID, as the text "SM3", and as the HMAC-SM3 OID meaning SM3(Z || file); a raw r||s signing
 * signature; several signatures in one document, each reported on its own.
 */
class OwnOfdTest {
    private static final TestSeals PKI = new TestSeals();
    private static final String[] FILES = {"Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml", "OFD.xml"};
    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();
    private final ValidationPolicy trusted = ValidationPolicy.defaults().withTrustAnchors(List.of(PKI.root.certificate()));

    /** One seal signature: Signature.xml over FILES with {@code method}, SignedValue.dat made by the test PKI. */
    private static byte[][] signature(int index, String method, boolean raw) {
        ECPublicKeyParameters key = SmCrypto.ecKey(org.bouncycastle.asn1.x509.Certificate
                .getInstance(PKI.signer.certificate()).getSubjectPublicKeyInfo());
        byte[] z = Sm2.identityHash(key);
        StringBuilder refs = new StringBuilder();
        for (String file : FILES) {
            byte[] content = Vectors.entry("1.ofd", file);
            byte[] digest = method.equals(SealFormat.HMAC_SM3) ? SmCrypto.sm3(z, content) : SmCrypto.sm3(content);
            refs.append("<ofd:Reference FileRef=\"/").append(file).append("\"><ofd:CheckValue>")
                    .append(Base64.getEncoder().encodeToString(digest)).append("</ofd:CheckValue></ofd:Reference>");
        }
        String path = "/Doc_0/Signs/Sign_" + index + "/Signature.xml";
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Signature xmlns:ofd=\"http://www.ofdspec.org/2016\">"
                + "<ofd:SignedInfo><ofd:Provider ProviderName=\"Bianmin\"/><ofd:SignatureMethod>1.2.156.10197.1.501"
                + "</ofd:SignatureMethod><ofd:References CheckMethod=\"" + method + "\">" + refs
                + "</ofd:References></ofd:SignedInfo><ofd:SignedValue>SignedValue.dat</ofd:SignedValue></ofd:Signature>")
                .getBytes(StandardCharsets.UTF_8);
        TBSSign tbs = new TBSSign(PKI.seal(), TestSeals.NOW.minus(1, ChronoUnit.HOURS), SmCrypto.sm3(xml), path, null);
        byte[] value = PKI.signer.sign(tbs.getSignedEncoding());
        SESSignature ses = new SESSignature(tbs, PKI.signer.certificate(), TestSeals.SM3_SM2,
                raw ? Sm2Signatures.derToRaw(value) : value, null);
        return new byte[][] {xml, ses.getDerEncoded()};
    }

    private static byte[] ofd(String... methods) throws Exception {
        List<Object> entries = new ArrayList<>();
        byte[] ofdXml = new String(Vectors.entry("1.ofd", "OFD.xml"), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_8);
        entries.add("OFD.xml");
        entries.add(ofdXml);
        entries.add("Doc_0/Document.xml");
        entries.add(Vectors.entry("1.ofd", "Doc_0/Document.xml"));
        entries.add("Doc_0/Pages/Page_0/Content.xml");
        entries.add(Vectors.entry("1.ofd", "Doc_0/Pages/Page_0/Content.xml"));
        StringBuilder list = new StringBuilder("<ofd:Signatures xmlns:ofd=\"http://www.ofdspec.org/2016\">");
        for (int i = 0; i < methods.length; i++) {
            byte[][] sig = signature(i, methods[i], i == methods.length - 1 && methods.length > 1);
            list.append("<ofd:Signature ID=\"").append(i + 1).append("\" BaseLoc=\"Sign_").append(i)
                    .append("/Signature.xml\"/>");
            entries.add("Doc_0/Signs/Sign_" + i + "/Signature.xml");
            entries.add(sig[0]);
            entries.add("Doc_0/Signs/Sign_" + i + "/SignedValue.dat");
            entries.add(sig[1]);
        }
        entries.add("Doc_0/Signs/Signatures.xml");
        entries.add(list.append("</ofd:Signatures>").toString().getBytes(StandardCharsets.UTF_8));
        return OfdMutator.zip(entries.toArray());
    }

    @Test
    void everyCheckMethodVendorsWriteVerifies() throws Exception {
        for (String method : List.of(SealFormat.SM3, "SM3", "sm3", SealFormat.HMAC_SM3)) {
            SignatureReport r = verifier.verifyOfd(ofd(method), trusted).signatures().get(0);
            assertEquals(Indication.TOTAL_PASSED, r.indication(), method + ": " + r.checks());
            assertTrue(r.check(CheckId.DATA_INTACT).orElseThrow().detail().contains("all 3 referenced files"));
        }
    }

    @Test
    void zPrefixedDigestsAreNotPlainSm3() throws Exception {
        byte[] wrong = OfdMutator.replaceEntry(ofd(SealFormat.HMAC_SM3), "Doc_0/Signs/Sign_0/Signature.xml",
                old -> new String(old, StandardCharsets.UTF_8).replace(SealFormat.HMAC_SM3, SealFormat.SM3)
                        .getBytes(StandardCharsets.UTF_8));
        SignatureReport r = verifier.verifyOfd(wrong, trusted).signatures().get(0);
        assertEquals(Indication.TOTAL_FAILED, r.indication());
        assertEquals(SubIndication.HASH_FAILURE, r.subIndication());
    }

    @Test
    void severalSignaturesAreEachReported() throws Exception {
        VerificationReport report = verifier.verifyOfd(ofd(SealFormat.SM3, "SM3", SealFormat.HMAC_SM3), trusted);
        assertEquals(List.of("1", "2", "3"), report.signatures().stream().map(SignatureReport::signatureId).toList());
        for (SignatureReport r : report.signatures()) {
            assertEquals(Indication.TOTAL_PASSED, r.indication(), r.checks()::toString);
        }
        assertTrue(report.signatures().get(2).check(CheckId.FORMAT).orElseThrow().detail().contains("raw 64-byte"));
        assertEquals(Indication.TOTAL_PASSED, report.overall());
    }

    @Test
    void aChangeToOneSignedFileFailsEverySignatureThatCoversIt() throws Exception {
        byte[] changed = OfdMutator.replaceEntry(ofd(SealFormat.SM3, SealFormat.HMAC_SM3),
                "Doc_0/Pages/Page_0/Content.xml", old -> {
                    byte[] copy = old.clone();
                    copy[copy.length / 2] ^= 1;
                    return copy;
                });
        VerificationReport report = verifier.verifyOfd(changed, trusted);
        for (SignatureReport r : report.signatures()) {
            assertEquals(CheckResult.FAILED, r.check(CheckId.DATA_INTACT).orElseThrow().result());
            assertEquals(CheckResult.PASSED, r.check(CheckId.SIGNATURE_INTACT).orElseThrow().result());
        }
        assertEquals(Indication.TOTAL_FAILED, report.overall());
    }
}
