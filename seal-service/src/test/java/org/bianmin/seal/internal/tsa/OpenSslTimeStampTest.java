package org.bianmin.seal.internal.tsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The county TSA judged by an independent client, OpenSSL: its {@code ts -query} requests (SHA-256
 * and SM3 imprints) are answered with replies that {@code ts -reply -text} reads as granted, with
 * the policy, serial, accuracy, imprint and nonce; {@code verify} accepts the TSA certificate for
 * the timestampsign purpose under the county root; and {@code dgst -verify} accepts the token's
 * SM3withSM2 signature over its signed attributes.
 *
 * <p>OpenSSL 3.0 verifies SM2 signatures with an empty distinguishing ID unless told otherwise,
 * while GB/T 35276 and every Chinese vendor (and this registry) use the default ID
 * {@code 1234567812345678}; {@code ts -verify} offers no way to set it, so the chain and the
 * signature are checked with {@code verify -vfyopt} and {@code dgst -sigopt}. Skipped (with a
 * message) only when {@code openssl} is not installed.
 */
class OpenSslTimeStampTest {
    private static final String SM2_ID = "distid:1234567812345678";

    @TempDir
    Path directory;

    private final TsaFixture fixture = new TsaFixture();

    @BeforeAll
    static void opensslIsInstalled() {
        assumeTrue(run("openssl", "version").exit() == 0,
                "openssl is not installed: the independent RFC 3161 client checks are skipped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sha256", "sm3"})
    void opensslReadsTheReplyToItsRequestAsGranted(String digest) throws IOException {
        Path query = opensslQuery(digest);
        Path reply = Files.write(directory.resolve("reply.tsr"), fixture.tsa().respond(Files.readAllBytes(query)));

        String asked = ok(run("openssl", "ts", "-query", "-in", query.toString(), "-text"));
        String answered = ok(run("openssl", "ts", "-reply", "-in", reply.toString(), "-text"));

        assertTrue(answered.contains("Status: Granted."), answered);
        assertEquals(TimeStampPolicy.DEFAULT_POLICY, field(answered, "Policy OID"));
        assertEquals(digest, field(answered, "Hash Algorithm"));
        assertEquals("0x03E9", field(answered, "Serial number"), "the first serial after 1000");
        assertEquals("Mar  2 01:30:00.25 2026 GMT", field(answered, "Time stamp"), "genTime from the TimeSource");
        assertTrue(field(answered, "Accuracy").startsWith("0x01 seconds"), answered);
        assertEquals(field(asked, "Nonce"), field(answered, "Nonce"), "nonce echoed");
        assertEquals(imprint(asked), imprint(answered), "the imprint asked for");
    }

    @Test
    void opensslAcceptsTheTsaCertificateForTimeStampingUnderTheCountyRoot() throws IOException {
        Path root = Files.writeString(directory.resolve("root.pem"), pem(fixture.rootCertificate()));
        Path issuing = Files.writeString(directory.resolve("issuing.pem"), pem(fixture.issuingCertificate()));
        Path tsa = Files.writeString(directory.resolve("tsa.pem"), pem(fixture.certificate));
        String at = Long.toString(TsaFixture.NOW.getEpochSecond());

        // OpenSSL 3.0 applies the SM2 distinguishing id (-vfyopt) to the certificate verified only, not to the
        // CA certificates above it, so the path is checked one link at a time: the issuing CA under the root,
        // then the TSA under the issuing CA (-partial_chain: that CA as the anchor of the second link).
        Result issuingLink = run("openssl", "verify", "-vfyopt", SM2_ID, "-attime", at, "-CAfile", root.toString(),
                issuing.toString());
        Result chain = run("openssl", "verify", "-vfyopt", SM2_ID, "-purpose", "timestampsign", "-attime", at,
                "-partial_chain", "-CAfile", issuing.toString(), tsa.toString());
        Result notTsa = run("openssl", "verify", "-vfyopt", SM2_ID, "-purpose", "timestampsign", "-attime", at,
                "-CAfile", root.toString(), root.toString());

        assertEquals(0, issuingLink.exit(), issuingLink.output());
        assertEquals(0, chain.exit(), chain.output());
        assertTrue(chain.output().contains(": OK"), chain.output());
        assertTrue(notTsa.exit() != 0 && notTsa.output().contains("unsuitable certificate purpose"), notTsa.output());
    }

    @Test
    void opensslVerifiesTheTokensSm2SignatureAndRefusesItOverOtherAttributes() throws Exception {
        Path query = opensslQuery("sm3");
        TimeStampResponse response = new TimeStampResponse(fixture.tsa().respond(Files.readAllBytes(query)));
        SignerInformation signer = response.getTimeStampToken().toCMSSignedData().getSignerInfos().getSigners()
                .iterator().next();
        Path publicKey = directory.resolve("tsa-key.pem");
        Files.writeString(directory.resolve("tsa.pem"), pem(fixture.certificate));
        Files.writeString(publicKey, ok(run("openssl", "x509", "-in", directory.resolve("tsa.pem").toString(),
                "-pubkey", "-noout")));
        Path signature = Files.write(directory.resolve("signature.der"), signer.getSignature());
        byte[] attributes = signer.getEncodedSignedAttributes(); // DER SET OF, as signed (RFC 5652 §5.4)
        Path signed = Files.write(directory.resolve("signed-attributes.der"), attributes);
        byte[] altered = attributes.clone();
        altered[altered.length - 1] ^= 1;
        Path tampered = Files.write(directory.resolve("tampered.der"), altered);

        Result good = verifySignature(publicKey, signature, signed);
        Result bad = verifySignature(publicKey, signature, tampered);

        assertTrue(good.exit() == 0 && good.output().contains("Verified OK"), good.output());
        assertTrue(bad.exit() != 0 && bad.output().contains("Verification failure"), bad.output());
    }

    private Result verifySignature(Path publicKey, Path signature, Path data) {
        return run("openssl", "dgst", "-sm3", "-verify", publicKey.toString(), "-sigopt", SM2_ID, "-signature",
                signature.toString(), data.toString());
    }

    private Path opensslQuery(String digest) throws IOException {
        Path data = Files.writeString(directory.resolve("data.txt"), "泸定县兴隆镇人民政府 签章值");
        Path query = directory.resolve("query.tsq");
        ok(run("openssl", "ts", "-query", "-data", data.toString(), "-" + digest, "-cert", "-out", query.toString()));
        return query;
    }

    private static String field(String text, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + ": (.*)$").matcher(text);
        assertTrue(matcher.find(), name + " not in:\n" + text);
        return matcher.group(1).trim();
    }

    private static String imprint(String text) {
        List<String> lines = new ArrayList<>();
        Matcher matcher = Pattern.compile("(?m)^\\s+00[0-9a-f]0 - (.*)$").matcher(text);
        while (matcher.find()) {
            lines.add(matcher.group(1));
        }
        assertTrue(!lines.isEmpty(), "no message data in:\n" + text);
        return String.join("\n", lines);
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    private static String ok(Result result) {
        assertEquals(0, result.exit(), result.output());
        return result.output();
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, e.toString());
        }
    }
}
