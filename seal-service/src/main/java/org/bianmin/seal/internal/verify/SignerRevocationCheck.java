package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;

/**
 * SIGNER_REVOCATION: the signer's certificate was neither revoked nor on hold when the signature was
 * made, by its issuer's certificate revocation list (RFC 5280 §6.3; ETSI EN 319 102-1 §5.2.6), with
 * the rules of {@link RevocationJudgement}. The proof of existence is the time-stamp's genTime or the
 * registry's record of this very signature, whichever is earlier.
 */
public final class SignerRevocationCheck extends ScopedCheck {
    public SignerRevocationCheck() {
        super(CheckId.SIGNER_REVOCATION, Scope.SIGNER, SignatureDiagnostics::signer);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        return RevocationJudgement.judge("@noun.signerCertificate", d.signerRevocation(), d.claimedSigningTime(),
                proofOfExistence(d, context), context);
    }

    /** The earliest proof that the signature existed: the time-stamp, or the registry's use record. */
    static java.time.Instant proofOfExistence(SignatureDiagnostics d, JudgementContext context) {
        java.time.Instant recorded = d.registry() == null ? null : d.registry().recordedUse();
        java.time.Instant stamped = context.proofOfExistence();
        if (recorded == null) {
            return stamped;
        }
        return stamped == null || recorded.isBefore(stamped) ? recorded : stamped;
    }
}
