package org.bianmin.seal.internal.verify;

import org.bianmin.seal.VerificationReport;
import org.bianmin.core.spi.TimeSource;
import static org.bianmin.seal.internal.registry.RegistryFixture.APPROVER;
import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bianmin.audit.AuditTrail;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.revocation.RevocationListIssuer;
import org.bianmin.seal.internal.signing.SealSignerComponent;
import org.bianmin.seal.internal.signing.SignatureTimeStamper;
import org.bianmin.seal.internal.signing.SignatureTimeStamper.WhenUnavailable;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGNER_REVOCATION and SEAL_MAKER_REVOCATION (RFC 5280 §6.3, outcomes as ETSI EN 319 102-1 and the
 * EU's DSS give them) over signatures the registry makes with real SM2 keys, judged against real CRLs
 * that the county CA's {@link RevocationListIssuer} signs: revoked after and before the time-stamp, on
 * hold, a stale list, a list signed by another key, no list. "A verifier elsewhere" has the county's
 * root as trust anchor and no registry, so the CRL is its only source of revocation.
 */
class RevocationCheckTest {
    private static final byte[] APPROVAL = "兴隆镇 准予许可决定书 2026-0107".getBytes(StandardCharsets.UTF_8);
    private static final String TITLE = "泸兴审〔2026〕107号";

    @TempDir
    Path directory;

    private RegistryFixture fixture;
    private RevocationListIssuer crls;
    private Seal seal;

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(directory, mock(AuditTrail.class));
        crls = new RevocationListIssuer(fixture.store, fixture.keys, SoftwareSealMakerAuthority.ISSUING_ALIAS,
                fixture.authority.issuingCertificate(), fixture.clock, Duration.ofHours(6));
        seal = fixture.activeSeal(fixture.xinglongRequest());
        fixture.advance(Duration.ofDays(1));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void revokedAfterTheTimeStampPassesWithTheRevocationNoted() {
        SealSignature signature = timeStamped();
        fixture.advance(Duration.ofDays(3));
        Instant revokedFrom = fixture.now.get().minus(Duration.ofHours(2));
        fixture.revoke(seal.esId(), "centre merged", revokedFrom);

        SignatureReport report = elsewhere(signature, withList(crls.issue()));

        CheckOutcome check = report.check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals(CheckResult.PASSED, check.result(), check::detail);
        assertEquals("revocation.passedRevokedLater", check.messageKey());
        assertTrue(check.detail().contains(revokedFrom.toString()), check::detail);
        assertEquals(Indication.TOTAL_PASSED, report.indication(), () -> report.checks().toString());
    }

    @Test
    void revokedFromBeforeTheTimeStampIsTotalFailedRevoked() {
        SealSignature signature = timeStamped();
        Instant signedAt = fixture.now.get();
        fixture.advance(Duration.ofDays(3));
        Instant lostSince = signedAt.minus(Duration.ofHours(1)); // the key was lost before it signed
        fixture.revoke(seal.esId(), "key lost", lostSince);

        SignatureReport report = elsewhere(signature, withList(crls.issue()));

        CheckOutcome check = report.check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals(CheckResult.FAILED, check.result(), check::detail);
        assertEquals(SubIndication.REVOKED, check.subIndication());
        assertEquals("revocation.revokedBeforePoe", check.messageKey());
        assertEquals(Indication.TOTAL_FAILED, report.indication());
        assertEquals(SubIndication.REVOKED, report.subIndication());
    }

    @Test
    void revokedAfterTheClaimedTimeWithoutAProofOfExistenceIsRevokedNoPoe() {
        SealSignature signature = withoutTimeStamp();
        Instant signedAt = fixture.now.get();
        fixture.advance(Duration.ofDays(3));
        fixture.revoke(seal.esId(), "centre merged", fixture.now.get());

        SignatureReport later = elsewhere(signature, withList(crls.issue()));

        CheckOutcome noPoe = later.check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals(CheckResult.INDETERMINATE, noPoe.result(), noPoe::detail);
        assertEquals(SubIndication.REVOKED_NO_POE, noPoe.subIndication());
        assertTrue(noPoe.detail().contains(signedAt.toString()), noPoe::detail);
        assertEquals(Indication.INDETERMINATE, later.indication());
    }

    @Test
    void aSignerClaimingATimeAfterTheRevocationIsTotalFailed() {
        SealSignature signature = withoutTimeStamp();
        Instant signedAt = fixture.now.get();
        fixture.advance(Duration.ofDays(3));
        fixture.revoke(seal.esId(), "key lost", signedAt.minus(Duration.ofMinutes(30)));

        CheckOutcome check = elsewhere(signature, withList(crls.issue())).check(CheckId.SIGNER_REVOCATION)
                .orElseThrow();

        assertEquals(CheckResult.FAILED, check.result(), check::detail);
        assertEquals(SubIndication.REVOKED, check.subIndication());
        assertEquals("revocation.revokedAtClaimed", check.messageKey());
    }

    @Test
    void onHoldIsIndeterminateTryLaterUnlessTheTimeStampIsOlder() {
        SealSignature stamped = timeStamped();
        SealSignature bare = withoutTimeStamp();
        fixture.advance(Duration.ofDays(1));
        fixture.registry.suspend(seal.esId(), APPROVER, "挂失");
        byte[] list = crls.issue();

        CheckOutcome held = elsewhere(bare, withList(list)).check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals(CheckResult.INDETERMINATE, held.result(), held::detail);
        assertEquals(SubIndication.TRY_LATER, held.subIndication());
        assertEquals("revocation.onHold", held.messageKey());

        CheckOutcome older = elsewhere(stamped, withList(list)).check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals(CheckResult.PASSED, older.result(), older::detail);
        assertEquals("revocation.passedHeldLater", older.messageKey());
    }

    @Test
    void aListPastItsNextUpdateIsTryLaterUnlessThePolicyAcceptsStaleLists() {
        SealSignature signature = timeStamped();
        byte[] list = crls.issue();
        fixture.advance(Duration.ofHours(7)); // the list said: next one within 6 hours

        CheckOutcome stale = elsewhere(signature, withList(list)).check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals(CheckResult.INDETERMINATE, stale.result(), stale::detail);
        assertEquals(SubIndication.TRY_LATER, stale.subIndication());
        assertEquals("revocation.stale", stale.messageKey());

        CheckOutcome accepted = elsewhere(signature, withList(list).withStaleRevocationListsAccepted(true))
                .check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals(CheckResult.PASSED, accepted.result(), accepted::detail);
        assertEquals("revocation.passed", accepted.messageKey());
    }

    @Test
    void aListUnderTheCaNameSignedByAnotherKeyIsNotUsed() throws Exception {
        SealSignature signature = timeStamped();
        BigInteger serial = new X509CertificateHolder(fixture.registry.signerCertificate(seal.esId()))
                .getSerialNumber();
        byte[] forged = forgedListRevoking(serial);

        CheckOutcome ignored = elsewhere(signature, withList(forged)).check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals(CheckResult.NOT_APPLICABLE, ignored.result(), ignored::detail);
        assertEquals("revocation.rejected", ignored.messageKey());
        assertTrue(ignored.detail().contains("signature does not verify"), ignored::detail);

        CheckOutcome required = elsewhere(signature, withList(forged).withRevocationRequired(true))
                .check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals(CheckResult.INDETERMINATE, required.result());
        assertEquals(SubIndication.TRY_LATER, required.subIndication());

        CheckOutcome genuine = elsewhere(signature, withList(forged).withRevocationLists(List.of(crls.issue())))
                .check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals(CheckResult.PASSED, genuine.result(), "the genuine list is used beside the forged one: "
                + genuine.detail());
    }

    @Test
    void withoutAnyListTheCheckIsNotApplicableOrIndeterminateAsThePolicySays() {
        SealSignature signature = timeStamped();
        ValidationPolicy policy = anchorsOnly();

        SignatureReport report = elsewhere(signature, policy);
        CheckOutcome none = report.check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals(CheckResult.NOT_APPLICABLE, none.result());
        assertEquals("revocation.none", none.messageKey());
        assertEquals(Indication.TOTAL_PASSED, report.indication(), "no list: the verdict is what it was");

        SignatureReport strict = elsewhere(signature, policy.withRevocationRequired(true));
        assertEquals(SubIndication.TRY_LATER, strict.check(CheckId.SIGNER_REVOCATION).orElseThrow().subIndication());
        assertEquals(Indication.INDETERMINATE, strict.indication());
    }

    @Test
    void theMakerCertificateIsLookedUpInTheSameList() {
        SealSignature signature = timeStamped();

        CheckOutcome maker = elsewhere(signature, withList(crls.issue())).check(CheckId.SEAL_MAKER_REVOCATION)
                .orElseThrow();

        assertEquals(CheckResult.PASSED, maker.result(), maker::detail);
        assertEquals("revocation.passed", maker.messageKey());
    }

    @Test
    void inTheRegistryItsOwnCurrentListIsConsultedInProcess() {
        SealSignature signature = timeStamped();
        fixture.advance(Duration.ofDays(3));
        fixture.revoke(seal.esId(), "key lost", fixture.now.get().minus(Duration.ofDays(4)));
        DefaultSealVerifier registryVerifier = new DefaultSealVerifier(fixture.registry, crls::currentList,
                () -> fixture.authority.caCertificates(), fixture.clock, OfdLimits.DEFAULT);

        SignatureReport report = registryVerifier.verifyDetached(signature.der(), new ByteArrayInputStream(APPROVAL),
                registryVerifier.defaultPolicy()).signatures().get(0);

        CheckOutcome check = report.check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals(CheckResult.FAILED, check.result(), check::detail);
        assertEquals(SubIndication.REVOKED, check.subIndication());
        assertTrue(check.detail().contains("registry"), check::detail);
    }

    /**
     * A list the registry issues while a verification runs is dated no later than the verification's
     * time, so the verification can use it: here the clock moves 600 ms at every reading, and the
     * list (the issuer's first) is issued seconds after the verification took its time.
     */
    @Test
    void aListIssuedWhileTheVerificationRunsStandsForIt() {
        SealSignature signature = timeStamped();
        TimeSource stepping = () -> fixture.now.updateAndGet(t -> t.plusMillis(600));
        RevocationListIssuer issuer = new RevocationListIssuer(fixture.store, fixture.keys,
                SoftwareSealMakerAuthority.ISSUING_ALIAS, fixture.authority.issuingCertificate(), stepping,
                Duration.ofHours(6));
        DefaultSealVerifier registryVerifier = new DefaultSealVerifier(fixture.registry, issuer,
                () -> fixture.authority.caCertificates(), stepping, OfdLimits.DEFAULT);

        VerificationReport report = registryVerifier.verifyDetached(signature.der(),
                new ByteArrayInputStream(APPROVAL), registryVerifier.defaultPolicy());

        CheckOutcome check = report.signatures().get(0).check(CheckId.SIGNER_REVOCATION).orElseThrow();
        assertEquals("revocation.passed", check.messageKey(), check::detail);
        assertEquals(CheckResult.PASSED, check.result(), check::detail);
        assertTrue(fixture.now.get().isAfter(report.validationTime().plusSeconds(1)),
                "the clock moved more than a second while the verification ran");
    }

    /** The registry's list comes from its database: asked once per verification, never for other CAs' certificates. */
    @Test
    void theRegistryIsAskedForItsListOnlyForItsOwnCertificatesAndOncePerVerification() {
        SealSignature own = timeStamped();
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        DefaultSealVerifier registryVerifier = new DefaultSealVerifier(fixture.registry, () -> {
            asked.incrementAndGet();
            return crls.currentList();
        }, () -> fixture.authority.caCertificates(), fixture.clock, OfdLimits.DEFAULT);
        TestSeals otherCa = new TestSeals();
        byte[] document = "冷碛镇 通知".getBytes(StandardCharsets.UTF_8);
        byte[] foreign = otherCa.sign(document).getDerEncoded();
        ValidationPolicy policy = registryVerifier.defaultPolicy()
                .withTrustAnchors(List.of(otherCa.root.certificate()));

        SignatureReport ownReport = registryVerifier.verifyDetached(own.der(), new ByteArrayInputStream(APPROVAL),
                policy).signatures().get(0);
        assertEquals("revocation.passed", ownReport.check(CheckId.SIGNER_REVOCATION).orElseThrow().messageKey());
        assertEquals("revocation.passed", ownReport.check(CheckId.SEAL_MAKER_REVOCATION).orElseThrow().messageKey());
        assertEquals(1, asked.get(), "one list for the signer and the maker certificate");

        SignatureReport foreignReport = registryVerifier.verifyDetached(foreign, new ByteArrayInputStream(document),
                policy).signatures().get(0);
        assertEquals("revocation.none", foreignReport.check(CheckId.SIGNER_REVOCATION).orElseThrow().messageKey());
        assertEquals(1, asked.get(), "another CA's certificate: the registry is not asked");
    }

    /** The README's example: a list saved to a file, given to the policy, revocation information required. */
    @Test
    void aListReadFromAFileAsTheReadmeShows() throws Exception {
        SealSignature signature = timeStamped();
        Path crlFile = directory.resolve("county.crl");
        java.nio.file.Files.write(crlFile, crls.issue());
        List<byte[]> countyCa = fixture.authority.caCertificates(); // the root, then the issuing CA
        DefaultSealVerifier verifier = new DefaultSealVerifier(null, null, fixture.clock, OfdLimits.DEFAULT);

        ValidationPolicy policy = verifier.defaultPolicy()
                .withTrustAnchors(countyCa)
                .withRevocationLists(List.of(java.nio.file.Files.readAllBytes(crlFile)))
                .withRevocationRequired(true);

        SignatureReport report = verifier.verifyDetached(signature.der(), new ByteArrayInputStream(APPROVAL), policy)
                .signatures().get(0);
        assertEquals(Indication.TOTAL_PASSED, report.indication(), () -> report.checks().toString());
        assertEquals("revocation.passed", report.check(CheckId.SIGNER_REVOCATION).orElseThrow().messageKey());
    }

    private SealSignature timeStamped() {
        return fixture.signer.sign(seal.esId(), APPROVAL, TITLE, CUSTODIAN);
    }

    /** A signature made with no time-stamp authority at hand. */
    private SealSignature withoutTimeStamp() {
        SealSignerComponent signer = new SealSignerComponent(fixture.store, fixture.keys, fixture.clock,
                () -> null, new SignatureTimeStamper(() -> null, WhenUnavailable.SIGN_WITHOUT));
        return signer.sign(seal.esId(), APPROVAL, TITLE, CUSTODIAN);
    }


    private ValidationPolicy anchorsOnly() {
        return ValidationPolicy.defaults().withTrustAnchors(fixture.authority.caCertificates());
    }

    private ValidationPolicy withList(byte[] crl) {
        return anchorsOnly().withRevocationLists(List.of(crl));
    }

    /** Verified by a verifier that trusts the county root and has no registry. */
    private SignatureReport elsewhere(SealSignature signature, ValidationPolicy policy) {
        DefaultSealVerifier verifier = new DefaultSealVerifier(null, null, fixture.clock, OfdLimits.DEFAULT);
        return verifier.verifyDetached(signature.der(), new ByteArrayInputStream(APPROVAL), policy).signatures()
                .get(0);
    }

    /** A CRL naming the county CA as issuer and revoking {@code serial}, signed with a key that is not the CA's. */
    private byte[] forgedListRevoking(BigInteger serial) throws Exception {
        KeyPair other = TestSeals.keyPair();
        Date now = Date.from(fixture.now.get());
        X509v2CRLBuilder builder = new X509v2CRLBuilder(new X509CertificateHolder(fixture.authority.issuingCertificate()).getSubject(), now);
        builder.setNextUpdate(Date.from(fixture.now.get().plus(Duration.ofHours(6))));
        builder.addCRLEntry(serial, now, CRLReason.keyCompromise);
        return builder.build(new JcaContentSignerBuilder("SM3withSM2").setProvider(new BouncyCastleProvider())
                .build(other.getPrivate())).getEncoded();
    }
}
