package org.bianmin.seal.internal.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bianmin.seal.internal.format.DerScanner;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.RevocationListPublisher;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.bianmin.seal.internal.ofd.OfdPackage;
import org.bianmin.seal.internal.ofd.OfdProtectedData;
import org.bianmin.seal.internal.ofd.PackageDigests;
import org.bianmin.seal.internal.ofd.OfdSignature;
import org.bianmin.seal.internal.ofd.OfdSignatures;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.DataFacts;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.Subject;
import org.bianmin.seal.spi.TrustAnchors;

/**
 * The seal verifier (电子签章验证): gathers diagnostic data ({@link DiagnosticCollector},
 * {@link SignedDataCollector}, the OFD readers), then judges it ({@link Judge}). Plain Java; the
 * OSGi component and the command line both wrap it. Thread-safe; caches what is safe to cache
 * ({@link VerificationCache}).
 */
public final class DefaultSealVerifier implements SealVerifier {
    /** How long a CRL distribution point has to connect, and again to answer. */
    private static final java.time.Duration FETCH_TIMEOUT = java.time.Duration.ofSeconds(3);

    private final TrustAnchors trustAnchors;
    private final TimeSource clock;
    private final OfdLimits limits;
    private final VerificationCache cache = new VerificationCache();
    private final DiagnosticCollector collector;
    private final SignedDataCollector signedData;
    private final RevocationCollector revocation;

    /**
     * @param registry     this deployment's seal registry, or null (SEAL_STATUS is then NOT_APPLICABLE)
     * @param trustAnchors the configured trust anchors, or null
     * @param clock        the time "now" is read from
     * @param limits       bounds on OFD packages
     */
    public DefaultSealVerifier(SealRegistry registry, TrustAnchors trustAnchors, TimeSource clock, OfdLimits limits) {
        this(registry, null, trustAnchors, clock, limits);
    }

    /**
     * @param revocationLists this deployment's CRL publisher, asked in process for the county CA's
     *                        current list, or null (only the policy's lists are then consulted)
     */
    public DefaultSealVerifier(SealRegistry registry, RevocationListPublisher revocationLists,
            TrustAnchors trustAnchors, TimeSource clock, OfdLimits limits) {
        this.trustAnchors = trustAnchors;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.collector = new DiagnosticCollector(cache, registry);
        this.signedData = new SignedDataCollector(cache);
        this.revocation = new RevocationCollector(revocationLists == null ? null : revocationLists::currentList,
                new DistributionPointFetcher(FETCH_TIMEOUT, clock), cache);
    }

    /** A verifier with no registry, no configured anchors, the system time source and default limits. */
    public static DefaultSealVerifier standalone() {
        return new DefaultSealVerifier(null, null, TimeSource.system(), OfdLimits.DEFAULT);
    }

    @Override
    public ValidationPolicy defaultPolicy() {
        ValidationPolicy policy = ValidationPolicy.defaults();
        return trustAnchors == null ? policy : policy.withTrustAnchors(trustAnchors.certificates())
                .withSealMakers(trustAnchors.sealMakers());
    }

    @Override
    public VerificationReport verifyDetached(byte[] signature, InputStream document, ValidationPolicy policy) {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(document, "document");
        Instant now = clock.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant time = policy.validationTimeOr(now);
        byte[] documentHash;
        try {
            documentHash = SmCrypto.sm3(document);
        } catch (IOException e) {
            throw new BianminException(ErrorCode.DOCUMENT_UNREADABLE, "the document cannot be read: " + e.getMessage(),
                    e);
        }
        SignatureDiagnostics d = collector.signature("detached", signature,
                (sig, signer, errors) -> new DataFacts("@noun.document", sig.getDataHash(), documentHash),
                cache.trustStore(policy), time);
        d = withEvidence(d, signature, policy.evidenceRecords(), cache.trustStore(policy));
        d = withRevocation(d, revocation.sources(policy.revocationLists(), now), policy);
        return new VerificationReport("detached signature", time, List.of(Judge.judge(d, policy, time, now)));
    }

    @Override
    public VerificationReport verifyOfd(InputStream ofd, ValidationPolicy policy) {
        Objects.requireNonNull(ofd, "ofd");
        Instant now = clock.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant time = policy.validationTimeOr(now);
        OfdPackage pkg;
        List<OfdSignature> signatures;
        try {
            pkg = OfdPackage.read(ofd, limits);
            signatures = OfdSignatures.locate(pkg, limits);
        } catch (IOException e) {
            throw new BianminException(ErrorCode.DOCUMENT_UNREADABLE, "the OFD document cannot be read: "
                    + e.getMessage(), e);
        } catch (OfdFormatException e) {
            SignatureDiagnostics d = DiagnosticCollector.formatOnly("package", Subject.SES_SIGNATURE,
                    "OFD package (GB/T 33190)", List.of(e.getMessage()));
            return new VerificationReport("OFD document", time, List.of(Judge.judge(d, policy, time, now)));
        }
        TrustStore trust = cache.trustStore(policy);
        List<SignatureReport> reports = new ArrayList<>(signatures.size());
        PackageDigests digests = new PackageDigests();
        RevocationCollector.Sources lists = revocation.sources(policy.revocationLists(), now);
        List<byte[]> evidence = policy.evidenceRecords();
        for (OfdSignature signature : signatures) {
            SignatureDiagnostics d = withEvidence(diagnostics(signature, digests, trust, time),
                    signature.signedValue(), evidence, trust);
            reports.add(Judge.judge(withRevocation(d, lists, policy), policy, time, now));
        }
        return new VerificationReport("OFD document", time, reports);
    }

    /**
     * {@code d} with the facts of the evidence record among {@code records} that covers the signature's
     * SM3 hash (over its DER, a vendor trailer left out: the hash the use register keeps), if any.
     */
    private SignatureDiagnostics withEvidence(SignatureDiagnostics d, byte[] signature, List<byte[]> records,
            TrustStore trust) {
        if (records.isEmpty() || signature == null) {
            return d;
        }
        byte[] der = signature;
        try {
            der = java.util.Arrays.copyOf(signature, DerScanner.scanBer(signature, 0).end());
        } catch (RuntimeException e) {
            // not DER: the bytes as given
        }
        return d.withEvidence(EvidenceRecordCollector.facts(records, SmCrypto.sm3(der), cache, trust));
    }

    private SignatureDiagnostics diagnostics(OfdSignature signature, PackageDigests digests, TrustStore trust,
            Instant time) {
        if (signature.signedValue() == null || signature.signatureXml() == null) {
            return DiagnosticCollector.formatOnly(signature.id(), signature.isSignedData() ? Subject.SIGNED_DATA
                    : Subject.SES_SIGNATURE, "OFD signature " + signature.signatureXmlPath(), signature.problems());
        }
        if (signature.isSignedData()) {
            List<String> errors = new ArrayList<>(signature.problems());
            SignatureDiagnostics partial = signedData.collect(signature.id(), signature.signedValue(),
                    signature.signatureXml(), "/" + signature.signatureXmlPath(), List.of(), errors, trust);
            // references need the signer's key only for the Z-prefixed method, which SignedData does not use
            List<String> refErrors = new ArrayList<>();
            var references = OfdProtectedData.references(signature, null, refErrors, digests);
            DataFacts data = partial.data() == null ? null
                    : new DataFacts(partial.data().target(), partial.data().claimed(), partial.data().computed(),
                            references, OfdProtectedData.coverage(signature));
            return new SignatureDiagnostics(partial.signatureId(), partial.subject(), partial.format(),
                    partial.formatErrors(), partial.formatNotes(), partial.claimedSigningTime(),
                    partial.signatureCrypto(), data, null, null, 0, null, partial.signer(), partial.signerChain(), null,
                    null, null, partial.registry(), null, null, null, null).withFormatErrors(refErrors);
        }
        return collector.signature(signature.id(), signature.signedValue(), new OfdProtectedData(signature, digests),
                trust, time)
                .withFormatErrors(signature.problems());
    }

    @Override
    public VerificationReport verifySeal(byte[] seal, ValidationPolicy policy) {
        Objects.requireNonNull(seal, "seal");
        Instant now = clock.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant time = policy.validationTimeOr(now);
        SignatureDiagnostics d = withRevocation(collector.seal("seal", seal, cache.trustStore(policy), time),
                revocation.sources(policy.revocationLists(), now), policy);
        return new VerificationReport("seal", time, List.of(Judge.judge(d, policy, time, now)));
    }

    /**
     * {@code d} with what {@code lists}, and the distribution points when the policy asks, say of its
     * signer's and maker's certificates.
     */
    private SignatureDiagnostics withRevocation(SignatureDiagnostics d, RevocationCollector.Sources lists,
            ValidationPolicy policy) {
        boolean fetch = policy.revocationListsFetched();
        return d.withRevocation(revocation.facts(d.signerChain(), lists, fetch),
                revocation.facts(d.makerChain(), lists, fetch));
    }

    /** Verifies an OFD held in memory (benchmarks, tests). */
    public VerificationReport verifyOfd(byte[] ofd, ValidationPolicy policy) {
        try (InputStream in = new java.io.ByteArrayInputStream(ofd)) {
            return verifyOfd(in, policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
