package org.bianmin.seal.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bianmin.audit.AuditTrail;
import org.bianmin.seal.Seal;
import org.bianmin.seal.internal.archive.EvidenceRecords;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.format.ElectronicSignature;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.SESeal;
import org.bianmin.seal.internal.format.SealFormatReader;
import org.bianmin.seal.internal.format.Vectors;
import org.bianmin.seal.internal.verify.SmCrypto;
import org.bianmin.seal.internal.verify.TestSeals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's options and exit statuses, as the README's command-line section gives them. */
class SealVerifyCommandTest {
    private static final TestSeals PKI = new TestSeals();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SealVerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] pem(byte[] der) {
        return ("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void vendorOfdWithoutTrustIsIndeterminate() throws IOException {
        assertEquals(2, run(write("1.ofd", Vectors.file("1.ofd")).toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("INDETERMINATE"));
    }

    @Test
    void vendorOfdWithItsCertificatesTrustedAsOfAPastTimeNeedsAProofOfExistence() throws IOException {
        ElectronicSignature sig = SealFormatReader.readSignature(Vectors.signedValue("1.ofd"));
        Path certs = Files.createDirectory(dir.resolve("certs"));
        Files.write(certs.resolve("signer.pem"), pem(sig.getSignerCertificate()));
        Files.write(certs.resolve("maker.crt"), pem(sig.getSeal().getMakerCertificate()));
        Path ofd = write("1.ofd", Vectors.file("1.ofd"));
        assertEquals(2, run(ofd.toString(), "--trust", certs.toString(), "--at", "2020-08-01T00:00:00Z",
                "--format", "json"), err::toString);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"indication\" : \"INDETERMINATE\""), json);
        assertTrue(json.contains("\"subIndication\" : \"NO_POE\""), json);
    }

    @Test
    void ownDetachedSignaturePassesAndATamperedDocumentFails() throws IOException {
        byte[] doc = "审批决定书".getBytes(StandardCharsets.UTF_8);
        SESSignature signature = PKI.sign(doc);
        Path ses = write("approval.ses", signature.getDerEncoded());
        Path ca = write("ca.pem", pem(PKI.root.certificate()));
        assertEquals(0, run(ses.toString(), "--document", write("doc.txt", doc).toString(), "--trust", ca.toString()),
                err::toString);
        byte[] tampered = doc.clone();
        tampered[0] ^= 1;
        assertEquals(1, run(ses.toString(), "--document", write("bad.txt", tampered).toString(), "--trust",
                ca.toString()));
    }

    /** --crl gives the CA's list (PEM here); --require-revocation makes a missing one INDETERMINATE. */
    @Test
    void theSignerIsLookedUpInTheRevocationListsGiven() throws Exception {
        byte[] doc = "审批决定书".getBytes(StandardCharsets.UTF_8);
        Path ses = write("approval.ses", PKI.sign(doc).getDerEncoded());
        Path document = write("doc.txt", doc);
        Path ca = write("ca.pem", pem(PKI.root.certificate()));
        Path clean = write("clean.crl", crlPem(null));
        Path revoking = write("revoking.crl", crlPem(new org.bouncycastle.cert.X509CertificateHolder(
                PKI.signer.certificate()).getSerialNumber()));

        assertEquals(0, run(ses.toString(), "--document", document.toString(), "--trust", ca.toString(), "--crl",
                clean.toString(), "--require-revocation"), err::toString);
        assertEquals(2, run(ses.toString(), "--document", document.toString(), "--trust", ca.toString(),
                "--require-revocation"), "no list at hand, and one is required");
        out.reset();
        assertEquals(1, run(ses.toString(), "--document", document.toString(), "--trust", ca.toString(), "--crl",
                revoking.toString()), err::toString);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("was revoked from 2000-01-01T00:00:00Z"),
                () -> out.toString(StandardCharsets.UTF_8));
        assertEquals(66, run(ses.toString(), "--document", document.toString(), "--crl",
                write("junk.crl", new byte[] {0x30, 3, 1, 1, 0}).toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read certificate revocation list"),
                err::toString);
    }

    /** A CRL of the test root, current now, revoking {@code serial} (if any) from 2000-01-01. */
    private static byte[] crlPem(java.math.BigInteger serial) throws Exception {
        java.time.Instant now = java.time.Instant.now();
        org.bouncycastle.cert.X509v2CRLBuilder builder = new org.bouncycastle.cert.X509v2CRLBuilder(
                new org.bouncycastle.cert.X509CertificateHolder(PKI.root.certificate()).getSubject(),
                java.util.Date.from(now.minus(1, ChronoUnit.HOURS)));
        builder.setNextUpdate(java.util.Date.from(now.plus(1, ChronoUnit.HOURS)));
        if (serial != null) {
            builder.addCRLEntry(serial, java.util.Date.from(java.time.Instant.parse("2000-01-01T00:00:00Z")),
                    org.bouncycastle.asn1.x509.CRLReason.keyCompromise);
        }
        byte[] der = builder.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SM3withSM2")
                .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                .build(PKI.root.keys().getPrivate())).getEncoded();
        return ("-----BEGIN X509 CRL-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END X509 CRL-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void htmlReportIsWrittenToOut() throws IOException {
        Path report = dir.resolve("report.html");
        assertEquals(2, run(write("v4.ofd", Vectors.file("v4signed.ofd")).toString(), "--format", "html", "--out",
                report.toString()));
        String html = Files.readString(report);
        assertTrue(html.contains("<section id=\"zh\""));
        assertTrue(html.contains("<section id=\"en\""));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void expiredStandaloneSealFails() throws IOException {
        assertEquals(1, run(write("UserV4.esl", Vectors.file("UserV4.esl")).toString()));
    }

    /**
     * The auditor's path for a foreign file: extract its certificates, inspect them, trust them. The
     * files are the very certificates in the seal (byte-equal), written once each.
     */
    @Test
    void certificatesAreExtractedForInspectionAndThenTrusted() throws IOException {
        Path ofd = write("1.ofd", Vectors.file("1.ofd"));
        Path certs = dir.resolve("certs");
        assertEquals(2, run(ofd.toString(), "--extract-certificates", certs.toString()), err::toString);
        ElectronicSignature sig = SealFormatReader.readSignature(Vectors.signedValue("1.ofd"));
        List<Path> files;
        try (java.util.stream.Stream<Path> listed = Files.list(certs)) {
            files = listed.sorted().toList();
        }
        assertEquals(2, files.size(), files::toString);
        assertTrue(files.get(0).getFileName().toString().startsWith("maker-"));
        assertTrue(files.get(1).getFileName().toString().startsWith("signer-"));
        assertEquals(Base64.getEncoder().encodeToString(sig.getSeal().getMakerCertificate()), pemBody(files.get(0)));
        assertEquals(Base64.getEncoder().encodeToString(sig.getSignerCertificate()), pemBody(files.get(1)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("wrote " + files.get(1)));
        out.reset();
        assertEquals(2, run(ofd.toString(), "--trust", certs.toString(), "--format", "json"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"result\" : \"PASSED\""));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("reaches the trust anchor"),
                "the extracted certificates serve as anchors");
    }

    private static String pemBody(Path file) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.startsWith("-----BEGIN CERTIFICATE-----"), text);
        return text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    /** With the county's maker named, a seal that a signer's own certificate made fails (exit 1). */
    @Test
    void aNamedSealMakerExcludesEveryOther() throws IOException {
        byte[] doc = "审批决定书".getBytes(StandardCharsets.UTF_8);
        SESeal selfMade = TestSeals.sealBy(PKI.signer,
                TestSeals.ES_ID, List.of(PKI.signer.certificate()),
                TestSeals.NOW.minus(1, ChronoUnit.DAYS),
                TestSeals.NOW.plus(9, ChronoUnit.DAYS));
        SESSignature forged = TestSeals.sign(selfMade, PKI.signer,
                SmCrypto.sm3(doc),
                TestSeals.NOW.minus(1, ChronoUnit.HOURS), null);
        Path ses = write("forged.ses", forged.getDerEncoded());
        Path document = write("doc.txt", doc);
        Path ca = write("ca.pem", pem(PKI.root.certificate()));
        assertEquals(0, run(ses.toString(), "--document", document.toString(), "--trust", ca.toString()),
                "no maker named: the chain alone decides");
        assertEquals(1, run(ses.toString(), "--document", document.toString(), "--trust", ca.toString(),
                "--seal-maker", write("maker.pem", pem(PKI.maker.certificate())).toString()), err::toString);
        assertEquals(64, run(ses.toString(), "--document", document.toString(), "--seal-maker-purpose", "maker"));
    }

    @Test
    void usageErrorsExit64() {
        assertEquals(64, run());
        assertEquals(64, run("x.ofd", "--format", "pdf"));
        assertEquals(64, run("x.ofd", "--no-such-option"));
        assertEquals(64, run("x.ofd", "--at", "yesterday"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ISO-8601"));
    }

    @Test
    void aDetachedSignatureWithoutItsDocumentIsAUsageError() throws IOException {
        assertEquals(64, run(write("approval.ses", PKI.sign(new byte[] {1}).getDerEncoded()).toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is a detached signature: give the signed document"));
    }

    @Test
    void unreadableInputExits66() throws IOException {
        assertEquals(66, run(dir.resolve("missing.ofd").toString()));
        assertEquals(66, run(write("1.ofd", Vectors.file("1.ofd")).toString(), "--trust",
                write("junk.pem", new byte[] {1, 2, 3}).toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read trust anchor"));
        assertEquals(66, run(dir.resolve("1.ofd").toString(), "--seal-maker", dir.resolve("junk.pem").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read seal maker certificate"));
        assertEquals(66, run(write("s.ses", new byte[] {0x30, 0}).toString(), "--document",
                dir.resolve("nope.pdf").toString()));
    }

    @Test
    void helpExplainsEveryOptionWithAnExample() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"--document", "--trust", "--seal-maker", "--seal-maker-purpose", "--at",
            "--format", "--out", "--extract-certificates", "--crl", "--require-revocation", "--fetch-crl",
            "--accept-stale-crl",
            "Examples:",
            "java -jar seal-verify.jar", "64", "66"}) {
            assertTrue(help.contains(option), option);
        }
    }

    @Test
    void garbageFileIsAFormatFailureNotACrash() throws IOException {
        assertEquals(1, run(write("junk.esl", "not a seal".getBytes(StandardCharsets.US_ASCII)).toString(),
                "--format", "json"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("FORMAT_FAILURE"));
    }

    /**
     * An evidence record the registry's archive made for one of its signatures, given with
     * {@code --evidence-record}, passes EVIDENCE_RECORD; without it the check has nothing to judge;
     * a file that cannot be read stops the command with 66.
     */
    @Test
    void anEvidenceRecordOfTheRegistryIsJudgedWhenGiven() throws Exception {
        byte[] doc = "兴隆镇 准予许可决定书 2026-0401".getBytes(StandardCharsets.UTF_8);
        AuditTrail trail = mock(AuditTrail.class);
        try (RegistryFixture fixture = new RegistryFixture(dir.resolve("registry"), trail)) {
            Seal seal = fixture.activeSeal(fixture.xinglongRequest());
            byte[] signature = fixture.signer.sign(seal.esId(), doc, "泸兴审〔2026〕401号", RegistryFixture.CUSTODIAN)
                    .der();
            EvidenceRecords archive = fixture.evidenceRecords(trail);
            archive.archive(10, RegistryFixture.MAKER);
            Path record = write("approval.ers", archive.evidenceRecord(seal.esId(),
                    HexFormat.of().formatHex(SmCrypto.sm3(signature))).orElseThrow());
            Path ses = write("approval.ses", signature);
            Path document = write("approval.txt", doc);
            Path root = write("root.pem", pem(fixture.authority.caCertificates().get(0)));
            Path issuing = write("issuing.pem", pem(fixture.authority.caCertificates().get(1)));
            String at = fixture.now.get().plus(1, ChronoUnit.DAYS).toString();

            run(ses.toString(), "--document", document.toString(), "--trust", root.toString(), "--trust",
                    issuing.toString(), "--at", at, "--evidence-record", record.toString(), "--format", "json");
            assertEquals("PASSED", evidenceResult(), out::toString);
            out.reset();
            run(ses.toString(), "--document", document.toString(), "--trust", root.toString(), "--trust",
                    issuing.toString(), "--at", at, "--format", "json");
            assertEquals("NOT_APPLICABLE", evidenceResult(), out::toString);
            assertEquals(66, run(ses.toString(), "--document", document.toString(), "--evidence-record",
                    dir.resolve("absent.ers").toString()));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read evidence record"), err::toString);
        }
    }

    /** The result of EVIDENCE_RECORD in the JSON report written to standard output. */
    private String evidenceResult() {
        java.util.regex.Matcher check = java.util.regex.Pattern.compile(
                "\"id\" : \"EVIDENCE_RECORD\",\\s*\"result\" : \"(\\w+)\"").matcher(out.toString(StandardCharsets.UTF_8));
        return check.find() ? check.group(1) : "no EVIDENCE_RECORD check";
    }
}
