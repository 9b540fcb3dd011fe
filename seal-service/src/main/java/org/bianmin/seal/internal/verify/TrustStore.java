package org.bianmin.seal.internal.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The trust anchors of a validation policy, read once, and the path building over them
 * (RFC 5280 §6: a path from a certificate to an anchor, each link's signature verified). A
 * certificate that is itself an anchor is trusted directly. Paths are at most {@link #MAX_PATH} long.
 */
public final class TrustStore {
    static final int MAX_PATH = 8;

    private final List<ParsedCertificate> anchors;
    private final int unreadable;

    private TrustStore(List<ParsedCertificate> anchors, int unreadable) {
        this.anchors = List.copyOf(anchors);
        this.unreadable = unreadable;
    }

    /** Reads the anchors; certificates that do not parse are counted and skipped. */
    public static TrustStore of(List<byte[]> certificates) {
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
        return new TrustStore(anchors, bad);
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
     * The path from {@code cert} to an anchor, through {@code intermediates} where needed.
     */
    public ChainFacts chain(ParsedCertificate cert, List<ParsedCertificate> intermediates) {
        List<CertificateFacts> path = new ArrayList<>();
        ParsedCertificate current = cert;
        path.add(cert.facts());
        for (int depth = 0; depth < MAX_PATH; depth++) {
            for (ParsedCertificate anchor : anchors) {
                if (anchor.sameAs(current.der())) {
                    return new ChainFacts(true, path, true, null);
                }
            }
            for (ParsedCertificate anchor : anchors) {
                if (current.holder().getIssuer().equals(anchor.holder().getSubject())) {
                    if (current.signedBy(anchor)) {
                        path.add(anchor.facts());
                        return new ChainFacts(true, path, true, null);
                    }
                    return new ChainFacts(true, path, false, "the signature of '" + current.facts().subject()
                            + "' does not verify with the key of the trust anchor '" + anchor.facts().subject() + "'");
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
                return new ChainFacts(!anchors.isEmpty(), path, false, null);
            }
            if (!current.signedBy(next)) {
                return new ChainFacts(!anchors.isEmpty(), path, false, "the signature of '"
                        + current.facts().subject() + "' does not verify with the key of '" + next.facts().subject() + "'");
            }
            path.add(next.facts());
            current = next;
        }
        return new ChainFacts(!anchors.isEmpty(), path, false, null);
    }
}
