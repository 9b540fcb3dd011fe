package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.Vectors;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: malformed and bomb zips, oversize entries, path traversal, DTDs and
 * entities, deep nesting, huge DER lengths, wrong OIDs, truncated files — each a FORMAT_FAILURE
 * with a clear detail, never an exception, hang or OutOfMemoryError.
 */
class HostileInputTest {
    private static final ValidationPolicy POLICY = ValidationPolicy.defaults();
    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();

    private static String formatDetail(SignatureReport r) {
        assertEquals(Indication.TOTAL_FAILED, r.indication(), () -> r.checks().toString());
        assertEquals(SubIndication.FORMAT_FAILURE, r.subIndication(), () -> r.checks().toString());
        assertEquals(CheckResult.FAILED, r.check(CheckId.FORMAT).orElseThrow().result());
        return r.check(CheckId.FORMAT).orElseThrow().detail();
    }

    private SignatureReport ofd(byte[] bytes) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> verifier.verifyOfd(bytes, POLICY))
                .signatures().get(0);
    }

    private static byte[] ofdXml(String docBodyExtra) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\">"
                + "<ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>" + docBodyExtra
                + "</ofd:DocBody></ofd:OFD>").getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] DOCUMENT = "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void zipBombStopsAtTheBound() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) { // 200 MiB of zeros, about 200 KiB compressed
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        String detail = formatDetail(ofd(out.toByteArray()));
        assertTrue(detail.contains("zip bomb") || detail.contains("inflates to more than"), detail);
    }

    @Test
    void oversizeEntryAndTooManyEntriesAreBounded() throws IOException {
        DefaultSealVerifier small = new DefaultSealVerifier(null, null, TimeSource.system(),
                new OfdLimits(1 << 20, 3, 1024, 1 << 20, 100, 16, 256, 10_000, 8));
        byte[] big = OfdMutator.zip("OFD.xml", new byte[2048]);
        String detail = formatDetail(small.verifyOfd(big, POLICY).signatures().get(0));
        assertTrue(detail.contains("zip entry 'OFD.xml' inflates to more than 1024 bytes"), detail);
        byte[] many = OfdMutator.zip("a", new byte[1], "b", new byte[1], "c", new byte[1], "d", new byte[1]);
        assertTrue(formatDetail(small.verifyOfd(many, POLICY).signatures().get(0)).contains("more than 3 entries"));
        byte[] huge = new byte[(1 << 20) + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        assertTrue(formatDetail(small.verifyOfd(huge, POLICY).signatures().get(0)).contains("larger than"));
    }

    @Test
    void pathTraversalInEntryNamesIsRefused() throws IOException {
        assertTrue(formatDetail(ofd(OfdMutator.zip("../../etc/cron.d/x", new byte[1]))).contains("climbs above"));
        assertTrue(formatDetail(ofd(OfdMutator.zip("/etc/passwd", new byte[1]))).contains("absolute path"));
        assertTrue(formatDetail(ofd(OfdMutator.zip("a\\..\\..\\b", new byte[1]))).contains("backslash"));
    }

    @Test
    void pathTraversalInReferencesIsRefused() throws IOException {
        byte[] signature = ("<ofd:Signature xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:SignedInfo>"
                + "<ofd:References CheckMethod=\"1.2.156.10197.1.401\"><ofd:Reference FileRef=\"../../../../etc/passwd\">"
                + "<ofd:CheckValue>AA==</ofd:CheckValue></ofd:Reference></ofd:References></ofd:SignedInfo>"
                + "<ofd:SignedValue>SignedValue.dat</ofd:SignedValue></ofd:Signature>").getBytes(StandardCharsets.UTF_8);
        byte[] list = ("<ofd:Signatures xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Signature ID=\"1\" "
                + "BaseLoc=\"/Doc_0/Signs/Sign_0/Signature.xml\"/></ofd:Signatures>").getBytes(StandardCharsets.UTF_8);
        byte[] zip = OfdMutator.zip("OFD.xml", ofdXml("<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>"),
                "Doc_0/Document.xml", DOCUMENT, "Doc_0/Signs/Signatures.xml", list,
                "Doc_0/Signs/Sign_0/Signature.xml", signature, "Doc_0/Signs/Sign_0/SignedValue.dat",
                Vectors.signedValue("1.ofd"));
        String detail = formatDetail(ofd(zip));
        assertTrue(detail.contains("'../../../../etc/passwd' climbs above the package root"), detail);
    }

    @Test
    void duplicateEntryNamesAreRefused() throws IOException {
        byte[] zip = OfdMutator.zip("OFD.xml", ofdXml(""), "OFD.xmz", ofdXml(""));
        byte[] from = "OFD.xmz".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(zip, i, i + from.length), from)) {
                zip[i + from.length - 1] = 'l';
            }
        }
        assertTrue(formatDetail(ofd(zip)).contains("appears twice"));
    }

    @Test
    void dtdAndExternalEntitiesAreRefused() throws IOException {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE ofd:OFD [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>&xxe;</ofd:DocRoot>"
                + "</ofd:DocBody></ofd:OFD>").getBytes(StandardCharsets.UTF_8);
        String detail = formatDetail(ofd(OfdMutator.zip("OFD.xml", xxe)));
        assertTrue(detail.contains("DOCTYPE (DTD) is not allowed"), detail);
        byte[] laughs = ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "<lolz>&lol2;</lolz>").getBytes(StandardCharsets.UTF_8);
        assertTrue(formatDetail(ofd(OfdMutator.zip("OFD.xml", laughs))).contains("DTD"));
    }

    @Test
    void deeplyNestedXmlIsRefused() throws IOException {
        StringBuilder xml = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            xml.append("<a>");
        }
        for (int i = 0; i < 10_000; i++) {
            xml.append("</a>");
        }
        String detail = formatDetail(ofd(OfdMutator.zip("OFD.xml", xml.toString().getBytes(StandardCharsets.UTF_8))));
        assertTrue(detail.contains("nested deeper than 64"), detail);
    }

    @Test
    void malformedAndTruncatedPackages() throws IOException {
        assertTrue(formatDetail(ofd("not a zip at all".getBytes(StandardCharsets.US_ASCII))).contains("zip"));
        byte[] pk = "PK\u0003\u0004garbage garbage garbage".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(formatDetail(ofd(pk)).contains("zip"));
        byte[] whole = Vectors.file("1.ofd");
        for (int cut : new int[] {10, 100, 1000, whole.length / 2, whole.length - 100}) {
            SignatureReport r = ofd(Arrays.copyOf(whole, cut));
            assertTrue(r.indication() != Indication.TOTAL_PASSED, "cut at " + cut);
            assertEquals(SubIndication.FORMAT_FAILURE, r.subIndication(), "cut at " + cut + ": " + r.checks());
        }
        assertTrue(formatDetail(ofd(OfdMutator.zip("Doc_0/Document.xml", DOCUMENT))).contains("OFD.xml is missing"));
    }

    @Test
    void hugeDerLengthInASignedValue() throws IOException {
        byte[] dat = {0x30, (byte) 0x84, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x02, 0x01, 0x04};
        byte[] zip = OfdMutator.replaceEntry(Vectors.file("1.ofd"), "Doc_0/Signs/Sign_0/SignedValue.dat", old -> dat);
        String detail = formatDetail(ofd(zip));
        assertTrue(detail.contains("exceeds the") && detail.contains("(at byte offset 1)"), detail);
    }

    @Test
    void deeplyNestedDerIsRefused() {
        byte[] deep = new byte[120];
        for (int i = 0; i < 60; i++) {
            deep[2 * i] = 0x30;
            deep[2 * i + 1] = (byte) (118 - 2 * i);
        }
        SignatureReport r = verifier.verifyDetached(deep, new ByteArrayInputStream(new byte[0]), POLICY)
                .signatures().get(0);
        assertTrue(formatDetail(r).contains("nesting deeper than 32 levels"));
    }

    @Test
    void deeplyNestedBytesWhereACertificateBelongsAreRefusedNotRecursedInto() {
        TestSeals pki = new TestSeals();
        byte[] doc = {1};
        SESSignature good = pki.sign(doc);
        byte[] bomb = new byte[200_000];
        for (int i = 0; i < 100_000; i++) {
            bomb[2 * i] = 0x30;
            bomb[2 * i + 1] = (byte) 0x80; // indefinite: BER nesting 100,000 deep
        }
        SESSignature evil = new SESSignature(good.getToSign(), bomb, TestSeals.SM3_SM2, good.getSignatureValue(), bomb);
        SignatureReport r = verifier.verifyDetached(evil.getDerEncoded(), new ByteArrayInputStream(doc), POLICY)
                .signatures().get(0);
        assertTrue(formatDetail(r).contains("SES_Signature.cert: not a readable X.509 certificate"));
        assertEquals(CheckResult.FAILED, r.check(CheckId.TIMESTAMP).orElseThrow().result());
    }

    @Test
    void wrongSignatureAlgorithmOidIsAFormatFailure() {
        TestSeals pki = new TestSeals();
        byte[] doc = {1, 2, 3};
        SESSignature good = pki.sign(doc);
        SESSignature rsa = new SESSignature(good.getToSign(), good.getSignerCertificate(),
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.840.113549.1.1.11"), good.getSignatureValue(), null);
        SignatureReport r = verifier.verifyDetached(rsa.getDerEncoded(), new ByteArrayInputStream(doc), POLICY)
                .signatures().get(0);
        assertTrue(formatDetail(r).contains("SES_Signature.signatureAlgID: unsupported signature algorithm "
                + "1.2.840.113549.1.1.11"), r.checks().toString());
        assertEquals(CheckResult.NOT_APPLICABLE, r.check(CheckId.SIGNATURE_INTACT).orElseThrow().result());
    }

    @Test
    void unknownCheckMethodIsAFormatFailure() throws IOException {
        byte[] zip = OfdMutator.replaceEntry(Vectors.file("1.ofd"), "Doc_0/Signs/Sign_0/Signature.xml",
                old -> new String(old, StandardCharsets.UTF_8).replace("CheckMethod=\"1.2.156.10197.1.401\"",
                        "CheckMethod=\"MD5\"").getBytes(StandardCharsets.UTF_8));
        SignatureReport r = ofd(zip);
        assertEquals(Indication.TOTAL_FAILED, r.indication());
        assertTrue(r.check(CheckId.FORMAT).orElseThrow().detail().contains("CheckMethod 'MD5' is not supported"));
        // the Signature.xml changed, so dataHash no longer matches either
        assertEquals(CheckResult.FAILED, r.check(CheckId.DATA_INTACT).orElseThrow().result());
    }

    @Test
    void verifyingNothingSignedGivesAnEmptyIndeterminateReport() throws IOException {
        byte[] zip = OfdMutator.zip("OFD.xml", ofdXml(""), "Doc_0/Document.xml", DOCUMENT);
        var report = verifier.verifyOfd(zip, POLICY);
        assertEquals(List.of(), report.signatures());
        assertEquals(Indication.INDETERMINATE, report.overall());
    }
}
