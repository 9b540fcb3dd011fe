package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.format.SealFormat;
import org.bianmin.seal.internal.format.Vectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A package under 1 MiB that asks for far more hashing than its size: 256 signatures sharing one
 * Signature.xml with 10,000 References to one 600 KB file. Digesting every Reference would hash
 * 1.5 TB; the
 * verifier digests each file once per digest key and refuses a plan beyond its budget before hashing.
 */
class HashingCostTest {
    private static final int SIGNATURES = 256;
    private static final int REFERENCES = 10_000;
    private final DefaultSealVerifier verifier = DefaultSealVerifier.standalone();

    private static byte[] amplified(String checkMethod) throws Exception {
        StringBuilder signature = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Signature "
                + "xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:SignedInfo><ofd:References CheckMethod=\""
                + checkMethod + "\">");
        for (int i = 0; i < REFERENCES; i++) {
            signature.append("<ofd:Reference FileRef=\"/Doc_0/Res/big.bin\"><ofd:CheckValue>AAAA</ofd:CheckValue>"
                    + "</ofd:Reference>");
        }
        signature.append("</ofd:References></ofd:SignedInfo><ofd:SignedValue>/Doc_0/Signs/Sign_0/SignedValue.dat"
                + "</ofd:SignedValue></ofd:Signature>");
        StringBuilder list = new StringBuilder("<ofd:Signatures xmlns:ofd=\"http://www.ofdspec.org/2016\">");
        for (int i = 0; i < SIGNATURES; i++) {
            list.append("<ofd:Signature ID=\"").append(i).append("\" BaseLoc=\"/Doc_0/Signs/Sign_0/Signature.xml\"/>");
        }
        list.append("</ofd:Signatures>");
        return OfdMutator.zip(
                "OFD.xml", Vectors.entry("1.ofd", "OFD.xml"),
                "Doc_0/Document.xml", Vectors.entry("1.ofd", "Doc_0/Document.xml"),
                "Doc_0/Signs/Signatures.xml", list.toString().getBytes(StandardCharsets.UTF_8),
                "Doc_0/Signs/Sign_0/Signature.xml", signature.toString().getBytes(StandardCharsets.UTF_8),
                "Doc_0/Signs/Sign_0/SignedValue.dat", Vectors.entry("1.ofd", "Doc_0/Signs/Sign_0/SignedValue.dat"),
                "Doc_0/Res/big.bin", noise(600_000));
    }

    private static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new java.util.Random(38540).nextBytes(bytes);
        return bytes;
    }

    /** The verifier's classes loaded and its parsers warmed on a real invoice, so the timings below are the package's. */
    @BeforeEach
    void warmUp() {
        verifier.verifyOfd(Vectors.file("1.ofd"), ValidationPolicy.defaults());
    }

    @Test
    void aPackageAskingForTerabytesOfKeyedHashingIsRefusedBeforeHashing() throws Exception {
        byte[] ofd = amplified(SealFormat.HMAC_SM3);
        assertTrue(ofd.length < 1 << 20, "the package is " + ofd.length + " bytes");
        List<SignatureReport> reports = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> verifier.verifyOfd(ofd, ValidationPolicy.defaults()).signatures());
        assertEquals(1, reports.size());
        assertEquals(SubIndication.FORMAT_FAILURE, reports.get(0).subIndication());
        String detail = reports.get(0).check(CheckId.FORMAT).orElseThrow().detail();
        assertTrue(detail.contains("bytes of hashing") && detail.contains("refused before hashing"), detail);
    }

    @Test
    void plainSm3ReferencesToOneFileAreHashedOnceAndJudged() throws Exception {
        byte[] ofd = amplified(SealFormat.SM3);
        List<SignatureReport> reports = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> verifier.verifyOfd(ofd, ValidationPolicy.defaults()).signatures());
        assertEquals(SIGNATURES, reports.size());
        assertEquals(CheckResult.FAILED, reports.get(0).check(CheckId.DATA_INTACT).orElseThrow().result(),
                "the made-up CheckValues do not match");
    }
}
