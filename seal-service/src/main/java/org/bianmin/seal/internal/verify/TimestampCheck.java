package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.TimestampFacts;

/**
 * TIMESTAMP: the RFC 3161 token in SES_Signature.timeStamp (GB/T 38540-2020 §6.1), when present:
 * its message imprint is the hash of the signature value (RFC 3161 §2.4.2), the TSA's signature
 * verifies, the certificate is the one the token names (ESSCertID, RFC 5816) with the critical
 * id-kp-timeStamping key purpose (RFC 3161 §2.3), and the TSA certificate chains to a trust anchor at the attested time. A token that
 * passes is the signature's proof of existence (ETSI EN 319 102-1 §5.6.2.1, best signature time).
 * None present: NOT_APPLICABLE — the signing time then rests on the signer's claim.
 */
public final class TimestampCheck extends ScopedCheck {
    public TimestampCheck() {
        super(CheckId.TIMESTAMP, Scope.ANY);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        TimestampFacts t = d.timestamp();
        if (t == null) {
            return Finding.notApplicable("timestamp.none");
        }
        if (t.problem() != null && t.tsa() == null) {
            return Finding.failed(SubIndication.FORMAT_FAILURE, "timestamp.unreadable", t.problem());
        }
        if (!t.imprintMatches()) {
            return Finding.failed(SubIndication.HASH_FAILURE, "timestamp.imprint");
        }
        if (!t.tokenValid()) {
            return Finding.failed(SubIndication.SIG_CRYPTO_FAILURE, "timestamp.signature", t.tsa().subject());
        }
        if (t.roleProblem() != null) {
            return Finding.failed(SubIndication.CHAIN_CONSTRAINTS_FAILURE, "timestamp.role", t.tsa().subject(),
                    t.roleProblem());
        }
        Finding chain = ChainJudgement.judge("@noun.tsaCertificate", t.tsaChain(), t.genTime(), true);
        if (chain.result() != CheckResult.PASSED) {
            return chain;
        }
        Finding bounds = withinValidity(d, t.genTime());
        if (bounds != null) {
            return bounds;
        }
        java.time.Instant notAfter = t.tsa().details().notAfter();
        if (!context.validationTime().isAfter(notAfter)) {
            return Finding.passed("timestamp.passed", t.tsa().subject(), t.genTime());
        }
        java.time.Instant archived = context.proofOfExistence();
        if (archived == null || archived.isAfter(notAfter)) {
            return Finding.indeterminate(SubIndication.OUT_OF_BOUNDS_NO_POE, "timestamp.tsaExpired", t.tsa().subject(),
                    notAfter, context.validationTime());
        }
        return Finding.passed("timestamp.passedArchived", t.tsa().subject(), t.genTime(), archived);
    }

    /** A finding when genTime lies outside the signer certificate's or the seal's validity, else null. */
    private static Finding withinValidity(SignatureDiagnostics d, java.time.Instant genTime) {
        if (d.signer() != null) {
            Finding signer = bound("@noun.signerCertificate", d.signer().details().notBefore(),
                    d.signer().details().notAfter(), genTime);
            if (signer != null) {
                return signer;
            }
        }
        return d.seal() == null ? null : bound("@noun.seal", d.seal().validStart(), d.seal().validEnd(), genTime);
    }

    private static Finding bound(String noun, java.time.Instant from, java.time.Instant to, java.time.Instant genTime) {
        if (from != null && genTime.isBefore(from)) {
            return Finding.failed(SubIndication.NOT_YET_VALID, "timestamp.beforeValidity", genTime, noun, from);
        }
        if (to != null && genTime.isAfter(to)) {
            return Finding.indeterminate(SubIndication.OUT_OF_BOUNDS_NO_POE, "timestamp.afterValidity", genTime, noun,
                    to);
        }
        return null;
    }
}
