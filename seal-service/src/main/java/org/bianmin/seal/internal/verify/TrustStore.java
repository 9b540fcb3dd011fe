package org.bianmin.seal.internal.verify;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bianmin.seal.internal.format.SealFormat;
import org.bouncycastle.asn1.x509.BasicConstraints;

/**
 * The trust anchors of a validation policy, read once, and the certification paths over them
 * (RFC 5280 §6), validated by Bouncy Castle's PKIX validator. A certificate that is itself an
 * anchor is trusted directly; an anchor issued by another anchor (an issuing CA listed with its root)
 * is a step of the path to that other one. Paths are at most {@link #MAX_PATH} long.
 */
public final class TrustStore {
    static final int MAX_PATH = 8;

    private final List<ParsedCertificate> anchors;
    private final int unreadable;
    private final SealMakerRule makerRule;

    private TrustStore(List<ParsedCertificate> anchors, int unreadable, SealMakerRule makerRule) {
        this.anchors = List.copyOf(anchors);
        this.unreadable = unreadable;
        this.makerRule = makerRule;
    }

    /**
     * Reads the anchors (certificates that do not parse are counted and skipped) and the seal-maker rule
     * ({@link SealMakerRule}): the maker certificates allowed, and the OIDs that mark allowed makers.
     */
    public static TrustStore of(List<byte[]> certificates, List<byte[]> sealMakers, List<String> sealMakerPurposes) {
        List<ParsedCertificate> anchors = new ArrayList<>();
        int bad = 0;
        for (byte[] der : certificates) {
            ParsedCertificate cert = ParsedCertificate.parse(der);
            if (cert == null) {
                bad++;
            } else {
                anchors.add(cert);
            }
        }
        return new TrustStore(anchors, bad, new SealMakerRule(sealMakers, Set.copyOf(sealMakerPurposes)));
    }

    /** The seal-maker rule of the policy this store was read for. */
    SealMakerRule makerRule() {
        return makerRule;
    }

    /** The anchors. */
    public List<ParsedCertificate> anchors() {
        return anchors;
    }

    public boolean isEmpty() {
        return anchors.isEmpty();
    }

    /** Anchors that could not be read as certificates. */
    public int unreadable() {
        return unreadable;
    }

    /**
     * The certification path of {@code cert}: found by name chaining (issuer to subject) through
     * {@code intermediates} to an anchor, then validated by Bouncy Castle's PKIX
     * {@link CertPathValidator} (RFC 5280 §6.1): every link's signature, basicConstraints cA and
     * pathLenConstraint, keyUsage keyCertSign of every issuer, unknown critical extensions; revocation
     * is not consulted here. Every certificate of the path must be signed with SM3withSM2, and an
     * anchor that issues must itself be a CA certificate whose pathLenConstraint the path respects
     * (RFC 5937 §3: the anchor's own constraints, which RFC 5280 path validation leaves out).
     *
     * <p>Validity is the one time-dependent part of PKIX, and it is judged at the best signature
     * time from the facts ({@link ChainJudgement}); the structure is validated once, at a time inside
     * every certificate's validity, so the result can be cached whatever time a verification asks for.
     */
    public ChainFacts chain(ParsedCertificate cert, List<ParsedCertificate> intermediates) {
        List<ParsedCertificate> path = new ArrayList<>();
        path.add(cert);
        ParsedCertificate current = cert;
        for (int depth = 0; depth < MAX_PATH; depth++) {
            for (ParsedCertificate anchor : anchors) {
                if (anchor.sameAs(current.der())) {
                    return facts(path, true, depth == 0 ? null : validate(path.subList(0, path.size() - 1), anchor));
                }
            }
            for (ParsedCertificate anchor : anchors) {
                if (current.holder().getIssuer().equals(anchor.holder().getSubject())) {
                    ParsedCertificate top = anchor;
                    for (ParsedCertificate above = issuingAnchor(top, path); above != null && path.size() < MAX_PATH;
                            above = issuingAnchor(top, path)) {
                        path.add(top);
                        top = above;
                    }
                    String violation = validate(path, top);
                    path.add(top);
                    return facts(path, true, violation);
                }
            }
            ParsedCertificate next = null;
            for (ParsedCertificate candidate : intermediates) {
                if (candidate != current && !candidate.sameAs(current.der())
                        && current.holder().getIssuer().equals(candidate.holder().getSubject())) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                break;
            }
            path.add(next);
            current = next;
        }
        return facts(path, false, null);
    }

    /**
     * The anchor that issued {@code anchor}, when {@code anchor} is not self-issued and its issuer is an
     * anchor too, not yet on {@code path}: then the path goes on to it, so that a CA listed with its
     * root (a county's issuing CA beside its offline root) is validated under the root.
     */
    private ParsedCertificate issuingAnchor(ParsedCertificate anchor, List<ParsedCertificate> path) {
        if (anchor.holder().getIssuer().equals(anchor.holder().getSubject())) {
            return null;
        }
        for (ParsedCertificate candidate : anchors) {
            if (candidate != anchor && anchor.holder().getIssuer().equals(candidate.holder().getSubject())
                    && path.stream().noneMatch(onPath -> onPath.sameAs(candidate.der()))) {
                return candidate;
            }
        }
        return null;
    }

    private ChainFacts facts(List<ParsedCertificate> path, boolean anchored, String violation) {
        return new ChainFacts(!anchors.isEmpty(), path.stream().map(ParsedCertificate::facts).toList(), anchored,
                violation);
    }

    /**
     * What is wrong with {@code path} (end certificate first, anchor excluded) under {@code anchor}, or
     * null when it validates.
     */
    private static String validate(List<ParsedCertificate> path, ParsedCertificate anchor) {
        for (ParsedCertificate cert : path) {
            String algorithm = cert.holder().getSignatureAlgorithm().getAlgorithm().getId();
            if (!SealFormat.SM3_WITH_SM2.equals(algorithm)) {
                return "'" + cert.facts().subject() + "' is signed with " + algorithm + ", not SM3withSM2 ("
                        + SealFormat.SM3_WITH_SM2 + ")";
            }
        }
        if (!anchor.facts().mayIssue()) {
            return "the trust anchor '" + anchor.facts().subject()
                    + "' is not a CA certificate (basicConstraints cA, keyUsage keyCertSign) and cannot issue '"
                    + path.get(path.size() - 1).facts().subject() + "'";
        }
        BasicConstraints constraints = BasicConstraints.fromExtensions(anchor.holder().getExtensions());
        BigInteger pathLength = constraints == null ? null : constraints.getPathLenConstraint();
        if (pathLength != null && pathLength.compareTo(BigInteger.valueOf(path.size() - 1L)) < 0) {
            return "the trust anchor '" + anchor.facts().subject() + "' allows at most " + pathLength
                    + " intermediate CA certificate(s) below it (pathLenConstraint), the path has " + (path.size() - 1);
        }
        Instant notBefore = Instant.MIN;
        Instant notAfter = Instant.MAX;
        for (ParsedCertificate cert : path) {
            notBefore = max(notBefore, cert.facts().details().notBefore());
            notAfter = min(notAfter, cert.facts().details().notAfter());
        }
        if (notBefore.isAfter(notAfter)) {
            return null; // no time at which every certificate is valid: the validity judgement fails it
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509", Providers.BC);
            List<Certificate> certificates = new ArrayList<>(path.size());
            for (ParsedCertificate cert : path) {
                certificates.add(factory.generateCertificate(new ByteArrayInputStream(cert.der())));
            }
            X509Certificate anchorCertificate = (X509Certificate) factory.generateCertificate(
                    new ByteArrayInputStream(anchor.der()));
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchorCertificate, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(notBefore));
            CertPathValidator.getInstance("PKIX", Providers.BC).validate(factory.generateCertPath(certificates),
                    parameters);
            return null;
        } catch (CertPathValidatorException e) {
            int index = e.getIndex();
            String which = index >= 0 && index < path.size() ? "'" + path.get(index).facts().subject() + "': " : "";
            return which + e.getMessage();
        } catch (GeneralSecurityException | RuntimeException e) {
            return "the path cannot be validated: " + e.getMessage();
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
