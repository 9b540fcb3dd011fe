package org.bianmin.seal.internal.verify;

import java.time.Instant;
import java.util.List;
import org.bianmin.seal.SubIndication;

/**
 * Judges a certification path (RFC 5280 §6.1; ETSI EN 319 102-1 §5.2.6): a trust anchor must be
 * configured and reached, the path must pass PKIX validation ({@link TrustStore#chain}: signatures,
 * cA, pathLenConstraint, keyCertSign, SM3withSM2), the end certificate's key usage must allow
 * signing (digitalSignature or nonRepudiation), and the issuers — and, where asked, the end
 * certificate — must be valid at the best signature time. Revocation (CRL/OCSP) is not consulted.
 */
final class ChainJudgement {
    private ChainJudgement() {
    }

    /**
     * @param what          message-key noun of the end certificate, with the {@code @}
     * @param checkEndValidity whether the end certificate's own validity belongs to this judgement
     */
    static Finding judge(String what, ChainFacts chain, Instant at, boolean checkEndValidity) {
        if (chain == null) {
            return Finding.notApplicable("na.notEvaluated");
        }
        CertificateFacts end = chain.path().get(0);
        if (!chain.anchorsConfigured()) {
            return Finding.indeterminate(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, "chain.noAnchors", what,
                    end.subject());
        }
        if (chain.violation() != null) {
            return Finding.failed(SubIndication.CHAIN_CONSTRAINTS_FAILURE, "chain.pathValidation", what,
                    end.subject(), chain.violation());
        }
        if (!chain.anchored()) {
            CertificateFacts last = chain.path().get(chain.path().size() - 1);
            return Finding.indeterminate(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, "chain.notAnchored", what,
                    end.subject(), last.details().issuer());
        }
        if (!end.maySign()) {
            return Finding.failed(SubIndication.CHAIN_CONSTRAINTS_FAILURE, "chain.keyUsage", what, end.subject());
        }
        List<CertificateFacts> issuers = chain.path().subList(1, chain.path().size());
        if (checkEndValidity && !end.validAt(at)) {
            return Finding.indeterminate(SubIndication.OUT_OF_BOUNDS_NO_POE, "chain.outOfBounds", what,
                    end.subject(), end.details().notBefore(), end.details().notAfter(), at);
        }
        for (CertificateFacts issuer : issuers) {
            if (!issuer.validAt(at)) {
                return Finding.indeterminate(SubIndication.OUT_OF_BOUNDS_NO_POE, "chain.outOfBounds", what,
                        issuer.subject(), issuer.details().notBefore(), issuer.details().notAfter(), at);
            }
        }
        CertificateFacts anchor = chain.path().get(chain.path().size() - 1);
        return Finding.passed("chain.passed", what, end.subject(), anchor.subject());
    }
}
