package org.bianmin.seal.internal.verify;

import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.revocation.RevocationListIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier service as another county or the province deploys it: it has no registry and does
 * not know the county's CA, and is configured (PID {@value SealVerifierComponent#PID}) with the
 * county's CA certificates as trust anchors and a directory that a daily job fills with the county's CRL. The
 * signatures are the registry's, made with real SM2 keys; the lists are the county CA's, signed by
 * its issuing key.
 */
class SealVerifierComponentTest {
    private static final byte[] APPROVAL = "冷碛镇 准予许可决定书 2026-0311".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    private RegistryFixture fixture;
    private RevocationListIssuer crls;
    private Seal seal;
    private Path anchors;
    private Path lists;

    @BeforeEach
    void open() throws Exception {
        fixture = new RegistryFixture(directory, mock(AuditTrail.class));
        crls = new RevocationListIssuer(fixture.store, fixture.keys, SoftwareSealMakerAuthority.ISSUING_ALIAS,
                fixture.authority.issuingCertificate(), fixture.clock, Duration.ofHours(6));
        seal = fixture.activeSeal(fixture.xinglongRequest());
        fixture.advance(Duration.ofDays(1));
        anchors = Files.createDirectory(directory.resolve("anchors"));
        List<byte[]> countyCa = fixture.authority.caCertificates(); // the root, then the issuing CA
        Files.write(anchors.resolve("luding-root.der"), countyCa.get(0));
        Files.write(anchors.resolve("luding-issuing.der"), countyCa.get(1));
        lists = Files.createDirectory(directory.resolve("crls"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void withoutConfigurationAnotherCountysSealHasNoTrustAnchor() {
        SignatureReport report = verify(new SealVerifierComponent(null, null, fixture.clock, null, config()), sign());
        assertEquals(Indication.INDETERMINATE, report.indication(), () -> report.checks().toString());
        assertEquals(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, report.subIndication());
    }

    @Test
    void theConfiguredAnchorAndListJudgeAnotherCountysSeal() throws Exception {
        Files.write(lists.resolve("luding.crl"), crls.issue());
        SealVerifierComponent verifier = configured(config().crls(lists));

        SignatureReport report = verify(verifier, sign());

        assertEquals(Indication.TOTAL_PASSED, report.indication(), () -> report.checks().toString());
        assertEquals("revocation.passed", revocation(report).messageKey());
    }

    @Test
    void aListReplacedInItsDirectoryIsReadAtTheNextLook() throws Exception {
        SealSignature signature = sign();
        Files.write(lists.resolve("luding.crl"), crls.issue());
        SealVerifierComponent verifier = configured(config().crls(lists));
        assertEquals(Indication.TOTAL_PASSED, verify(verifier, signature).indication());

        Instant signedAt = fixture.now.get();
        fixture.advance(Duration.ofSeconds(1));
        fixture.revoke(seal.esId(), "key lost", signedAt.minus(Duration.ofHours(1)));
        Files.write(lists.resolve("luding.crl"), crls.issue());
        assertEquals(Indication.TOTAL_PASSED, verify(verifier, signature).indication(),
                "the files are looked at again only after " + PolicyFiles.RECHECK);

        fixture.advance(PolicyFiles.RECHECK);
        SignatureReport report = verify(verifier, signature);
        assertEquals(Indication.TOTAL_FAILED, report.indication(), () -> report.checks().toString());
        assertEquals(SubIndication.REVOKED, report.subIndication());
    }

    @Test
    void aFileThatCannotBeReadAtTheStartIsAConfigurationErrorNamingIt() throws Exception {
        Path broken = Files.writeString(lists.resolve("luding.crl"), "<html>proxy login</html>");
        BianminException refused = assertThrows(BianminException.class, () -> configured(config().crls(lists)));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains(broken.toString()), refused::getMessage);

        BianminException missing = assertThrows(BianminException.class,
                () -> configured(config().crls(directory.resolve("absent.crl"))));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, missing.code());
        assertTrue(missing.getMessage().contains("absent.crl"), missing::getMessage);
    }

    @Test
    void aFileThatBreaksLaterLeavesTheListsReadBeforeInUse() throws Exception {
        SealSignature signature = sign();
        fixture.revoke(seal.esId(), "key lost", fixture.now.get().minus(Duration.ofHours(1)));
        Files.write(lists.resolve("luding.crl"), crls.issue());
        SealVerifierComponent verifier = configured(config().crls(lists));

        fixture.advance(PolicyFiles.RECHECK);
        Files.writeString(lists.resolve("luding.crl"), "half a download");
        SignatureReport report = verify(verifier, signature);

        assertEquals(SubIndication.REVOKED, report.subIndication(), () -> report.checks().toString());
    }

    @Test
    void revocationRequiredWithoutAListIsIndeterminateAndNotApplicableOtherwise() {
        SealSignature signature = sign();

        CheckOutcome lenient = revocation(verify(configured(config()), signature));
        assertEquals(CheckResult.NOT_APPLICABLE, lenient.result(), lenient::detail);

        CheckOutcome required = revocation(verify(configured(config().revocationRequired()), signature));
        assertEquals(CheckResult.INDETERMINATE, required.result(), required::detail);
    }

    @Test
    void aListPastItsNextUpdateIsTryLaterUnlessStaleListsAreAccepted() throws Exception {
        SealSignature signature = sign();
        Files.write(lists.resolve("luding.crl"), crls.issue());
        fixture.advance(Duration.ofHours(7));

        CheckOutcome stale = revocation(verify(configured(config().crls(lists)), signature));
        assertEquals(CheckResult.INDETERMINATE, stale.result(), stale::detail);
        assertEquals(SubIndication.TRY_LATER, stale.subIndication());

        CheckOutcome accepted = revocation(verify(configured(config().crls(lists).staleAccepted()), signature));
        assertEquals(CheckResult.PASSED, accepted.result(), accepted::detail);
    }

    private SealSignature sign() {
        return fixture.signer.sign(seal.esId(), APPROVAL, "泸冷审〔2026〕311号", CUSTODIAN);
    }

    /** A verifier elsewhere: no registry, no trust anchors service, no CRL publisher; only its configuration. */
    private SealVerifierComponent configured(Settings settings) {
        return new SealVerifierComponent(null, null, fixture.clock, null, settings.anchors(anchors));
    }

    private static SignatureReport verify(SealVerifierComponent verifier, SealSignature signature) {
        return verifier.verifyDetached(signature.der(), new ByteArrayInputStream(APPROVAL), verifier.defaultPolicy())
                .signatures().get(0);
    }

    private static CheckOutcome revocation(SignatureReport report) {
        return report.check(CheckId.SIGNER_REVOCATION).orElseThrow();
    }

    private static Settings config() {
        return new Settings(List.of(), List.of(), false, false);
    }

    /** The component's configuration as Config Admin would hand it over. */
    private record Settings(List<Path> anchorPaths, List<Path> crlPaths, boolean required, boolean stale)
            implements SealVerifierComponent.Config {
        Settings anchors(Path path) {
            return new Settings(List.of(path), crlPaths, required, stale);
        }

        Settings crls(Path path) {
            return new Settings(anchorPaths, List.of(path), required, stale);
        }

        Settings revocationRequired() {
            return new Settings(anchorPaths, crlPaths, true, stale);
        }

        Settings staleAccepted() {
            return new Settings(anchorPaths, crlPaths, required, true);
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return SealVerifierComponent.Config.class;
        }

        @Override
        public String[] trust_anchors() {
            return anchorPaths.stream().map(Path::toString).toArray(String[]::new);
        }

        @Override
        public String[] seal_makers() {
            return new String[0];
        }

        @Override
        public String[] crl_paths() {
            return crlPaths.stream().map(Path::toString).toArray(String[]::new);
        }

        @Override
        public boolean crl_fetch() {
            return false;
        }

        @Override
        public boolean revocation_required() {
            return required;
        }

        @Override
        public boolean crl_stale_accepted() {
            return stale;
        }
    }
}
