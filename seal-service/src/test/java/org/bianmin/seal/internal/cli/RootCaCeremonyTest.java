package org.bianmin.seal.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.internal.keys.CertificateIssuer;
import org.bianmin.seal.internal.keys.Pkcs12SealKeyStore;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root CA ceremony ({@code root-ca}) end to end with real SM2 keys and files: the root made
 * offline, the server's issuing CA request signed by it and installed, a seal made and its signature
 * verified through the issuing CA to the root, with no root key online; and every refusal on the way.
 */
class RootCaCeremonyTest {
    private static final String NAME = "泸定县电子印章制作中心";
    private static final String ROOT_PASSWORD = "--password=root-secret";
    private static final String SERVER_PASSWORD = "--password=" + RegistryFixture.KEY_STORE_PASSWORD;
    private static final byte[] APPROVAL = "兴隆镇 准予许可决定书 2026-0107".getBytes(StandardCharsets.UTF_8);
    private static final TimeSource CLOCK = () -> RegistryFixture.START.minus(Duration.ofDays(1));

    @TempDir
    Path directory;

    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    @Test
    void aSealMadeUnderTheCeremonysRootVerifiesThroughTheIssuingCaWithNoRootKeyOnline() throws Exception {
        ceremony("root");
        byte[] root = certificate("root.pem");
        RegistryFixture fixture = new RegistryFixture(directory, mock(AuditTrail.class), root);
        try {
            assertFalse(fixture.keys.contains(SoftwareSealMakerAuthority.ROOT_ALIAS), "no root key online");
            assertArrayEquals(root, fixture.authority.caCertificates().get(0));
            assertArrayEquals(certificate("issuing.pem"), fixture.authority.caCertificates().get(1));
            Seal seal = fixture.activeSeal(fixture.xinglongRequest());
            SealSignature signature = fixture.signer.sign(seal.esId(), APPROVAL, "泸兴审〔2026〕107号",
                    RegistryFixture.CUSTODIAN);

            SignatureReport report = fixture.verifier().verifyDetached(signature.der(),
                    new ByteArrayInputStream(APPROVAL), fixture.verifier().defaultPolicy()).signatures().get(0);

            assertEquals(Indication.TOTAL_PASSED, report.indication(), () -> report.checks().toString());
            X509CertificateHolder signer = new X509CertificateHolder(fixture.registry.signerCertificate(seal.esId()));
            X509CertificateHolder issuing = new X509CertificateHolder(fixture.authority.issuingCertificate());
            assertEquals(issuing.getSubject(), signer.getIssuer());
            assertEquals(new X509CertificateHolder(root).getSubject(), issuing.getIssuer());
            opensslVerifiesEachLink(root, issuing.getEncoded(), signer.getEncoded());
        } finally {
            fixture.close();
        }
    }

    @Test
    void theServerRefusesAConfiguredRootWithoutAnInstalledIssuingCa() throws IOException {
        assertEquals(RootCaCommand.EXIT_DONE, cli("init", "--name", NAME, "--keystore", path("root.p12"),
                "--certificate", path("root.pem"), ROOT_PASSWORD));
        byte[] root = certificate("root.pem");
        Pkcs12SealKeyStore keys = new Pkcs12SealKeyStore(directory.resolve("seal-keys.p12"), "pw".toCharArray());

        BianminException refused = assertThrows(BianminException.class,
                () -> new SoftwareSealMakerAuthority(keys, NAME, CLOCK, null, root));

        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("'root-ca request'"), refused.getMessage());
    }

    @Test
    void theServerRefusesAnIssuingCaOfAnotherRoot() throws IOException {
        ceremony("root");
        otherRoot();
        Pkcs12SealKeyStore keys = serverKeys();

        BianminException refused = assertThrows(BianminException.class,
                () -> new SoftwareSealMakerAuthority(keys, NAME, CLOCK, null, certificate("other-root.pem")));

        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("is not signed by the configured root"), refused.getMessage());
    }

    @Test
    void installRefusesACertificateFromAnotherRoot() throws IOException {
        ceremony("root");
        otherRoot();

        assertRefused("is not signed by the configured root", "install", "--keystore", path("seal-keys.p12"),
                "--root", path("other-root.pem"), "--certificate", path("issuing.pem"), SERVER_PASSWORD);
    }

    @Test
    void installRefusesACertificateForAnotherKey() throws IOException {
        ceremony("root");
        assertEquals(RootCaCommand.EXIT_DONE, cli("request", "--name", NAME, "--keystore", path("elsewhere.p12"),
                "--out", path("elsewhere.csr"), "--password=elsewhere"));
        assertEquals(RootCaCommand.EXIT_DONE, cli("issue", "--keystore", path("root.p12"), "--root", path("root.pem"),
                "--request", path("elsewhere.csr"), "--out", path("elsewhere.pem"), ROOT_PASSWORD));

        assertRefused("is for another key", "install", "--keystore", path("seal-keys.p12"), "--root", path("root.pem"),
                "--certificate", path("elsewhere.pem"), SERVER_PASSWORD);
    }

    @Test
    void installRefusesACertificateWithoutTheIssuingCaFlags() throws IOException {
        ceremony("root");
        byte[] issuingKey = serverKeys().publicKey(SoftwareSealMakerAuthority.ISSUING_ALIAS);
        CertificateIssuer root = new CertificateIssuer(new Pkcs12SealKeyStore(directory.resolve("root.p12"),
                "root-secret".toCharArray()), SoftwareSealMakerAuthority.ROOT_ALIAS, certificate("root.pem"));
        Instant now = CLOCK.now();
        writePem("signer.pem", root.issue(SoftwareSealMakerAuthority.issuingName(NAME), issuingKey, now,
                now.plus(Duration.ofDays(365)), CertificateIssuer.Profile.SIGNER, null));
        writePem("unbounded.pem", root.issue(SoftwareSealMakerAuthority.issuingName(NAME), issuingKey, now,
                now.plus(Duration.ofDays(365)), CertificateIssuer.Profile.ROOT_CA, null));

        assertRefused("is not a CA certificate", "install", "--keystore", path("seal-keys.p12"), "--root",
                path("root.pem"), "--certificate", path("signer.pem"), SERVER_PASSWORD);
        assertRefused("pathLenConstraint 0", "install", "--keystore", path("seal-keys.p12"), "--root",
                path("root.pem"), "--certificate", path("unbounded.pem"), SERVER_PASSWORD);
    }

    @Test
    void issueRefusesAnAlteredRequestAndAKeyStoreWithoutTheRootsKey() throws IOException {
        ceremony("root");
        cli("request", "--name", "另一个县", "--keystore", path("seal-keys.p12"), "--out", path("issuing.csr"),
                SERVER_PASSWORD);
        byte[] request = pemContent("issuing.csr");
        request[request.length - 40] ^= 1;
        Files.writeString(directory.resolve("altered.csr"), "-----BEGIN CERTIFICATE REQUEST-----\n"
                + Base64.getMimeEncoder().encodeToString(request) + "\n-----END CERTIFICATE REQUEST-----\n");
        otherRoot();

        assertRefused("signature does not verify", "issue", "--keystore", path("root.p12"), "--root", path("root.pem"),
                "--request", path("altered.csr"), "--out", path("x.pem"), ROOT_PASSWORD);
        assertRefused("does not hold the key of the root", "issue", "--keystore", path("other-root.p12"), "--root",
                path("root.pem"), "--request", path("issuing.csr"), "--out", path("x.pem"), ROOT_PASSWORD);
        assertFalse(Files.exists(directory.resolve("x.pem")));
    }

    @Test
    void initMakesARootOnceAndNeverOverwritesIt() throws IOException {
        cli("init", "--name", NAME, "--keystore", path("root.p12"), "--certificate", path("root.pem"), ROOT_PASSWORD);
        byte[] first = Files.readAllBytes(directory.resolve("root.p12"));

        assertRefused("a root is made once", "init", "--name", NAME, "--keystore", path("root.p12"), "--certificate",
                path("again.pem"), ROOT_PASSWORD);
        assertArrayEquals(first, Files.readAllBytes(directory.resolve("root.p12")));
        assertEquals(RootCaCommand.EXIT_USAGE, cli("init", "--name", NAME), "missing options");
    }

    /** init, request, issue and install, the root files named {@code root}.p12 and {@code root}.pem. */
    private void ceremony(String root) {
        assertEquals(RootCaCommand.EXIT_DONE, cli("init", "--name", NAME, "--keystore", path(root + ".p12"),
                "--certificate", path(root + ".pem"), ROOT_PASSWORD), errors::toString);
        assertEquals(RootCaCommand.EXIT_DONE, cli("request", "--name", NAME, "--keystore", path("seal-keys.p12"),
                "--out", path("issuing.csr"), SERVER_PASSWORD), errors::toString);
        assertEquals(RootCaCommand.EXIT_DONE, cli("issue", "--keystore", path(root + ".p12"), "--root",
                path(root + ".pem"), "--request", path("issuing.csr"), "--out", path("issuing.pem"), ROOT_PASSWORD),
                errors::toString);
        assertEquals(RootCaCommand.EXIT_DONE, cli("install", "--keystore", path("seal-keys.p12"), "--root",
                path(root + ".pem"), "--certificate", path("issuing.pem"), SERVER_PASSWORD), errors::toString);
    }

    /** A second root of the same name, in other-root.p12 and other-root.pem. */
    private void otherRoot() {
        assertEquals(RootCaCommand.EXIT_DONE, cli("init", "--name", NAME, "--keystore", path("other-root.p12"),
                "--certificate", path("other-root.pem"), ROOT_PASSWORD), errors::toString);
    }

    private void assertRefused(String reason, String... args) {
        errors.reset();
        assertEquals(RootCaCommand.EXIT_REFUSED, cli(args), errors::toString);
        assertTrue(errors.toString(StandardCharsets.UTF_8).contains(reason), errors::toString);
    }

    private int cli(String... args) {
        return RootCaCommand.run(args, CLOCK, SealVerifyCommand.nowhere(),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    private Pkcs12SealKeyStore serverKeys() {
        return new Pkcs12SealKeyStore(directory.resolve(RegistryFixture.KEY_STORE),
                RegistryFixture.KEY_STORE_PASSWORD.toCharArray());
    }

    private String path(String name) {
        return directory.resolve(name).toString();
    }

    private byte[] certificate(String name) throws IOException {
        return TrustFiles.readAll(List.of(directory.resolve(name)), "certificate").get(0);
    }

    private byte[] pemContent(String name) throws IOException {
        String text = Files.readString(directory.resolve(name));
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
    }

    private Path writePem(String name, byte[] der) throws IOException {
        return Files.writeString(directory.resolve(name), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(der) + "\n-----END CERTIFICATE-----\n");
    }

    /**
     * OpenSSL, as an independent check, verifies the issuing CA under the root and the signer under the
     * issuing CA. OpenSSL 3.0 gives the SM2 distinguishing id (-vfyopt) to the certificate verified only,
     * not to the CA certificates above it, so {@code -CAfile root -untrusted issuing signer} fails there
     * on the issuing CA's signature: each link is verified as the certificate verified.
     */
    private void opensslVerifiesEachLink(byte[] root, byte[] issuing, byte[] signer) throws Exception {
        assumeTrue(openssl("version").startsWith("0:"), "OpenSSL is not installed");
        String at = Long.toString(RegistryFixture.START.plus(Duration.ofHours(1)).getEpochSecond());
        Path rootPem = writePem("check-root.pem", root);
        Path issuingPem = writePem("check-issuing.pem", issuing);
        Path signerPem = writePem("check-signer.pem", signer);
        String id = "distid:1234567812345678";

        assertEquals("0: " + issuingPem + ": OK", openssl("verify", "-vfyopt", id, "-attime", at, "-CAfile",
                rootPem.toString(), issuingPem.toString()).strip());
        assertEquals("0: " + signerPem + ": OK", openssl("verify", "-vfyopt", id, "-attime", at, "-partial_chain",
                "-CAfile", issuingPem.toString(), signerPem.toString()).strip());
        assertFalse(openssl("verify", "-vfyopt", id, "-attime", at, "-CAfile", rootPem.toString(),
                signerPem.toString()).startsWith("0:"), "the signer does not chain to the root alone");
    }

    /** The exit status, ": ", and the output of an OpenSSL command. */
    private static String openssl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() + ": " + output;
        } catch (IOException e) {
            return "-1: " + e.getMessage();
        }
    }
}
