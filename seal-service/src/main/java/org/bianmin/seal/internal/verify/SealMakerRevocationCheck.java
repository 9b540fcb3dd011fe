package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.Subject;

/**
 * SEAL_MAKER_REVOCATION: the seal maker's (制章者) certificate was neither revoked nor on hold when the
 * seal was used to sign (or, for a seal alone, at the validation time), by its issuer's certificate
 * revocation list (RFC 5280 §6.3; GB/T 38540-2020 §7.3 the maker certificate's validity), with the rules
 * of {@link RevocationJudgement}.
 */
public final class SealMakerRevocationCheck extends ScopedCheck {
    public SealMakerRevocationCheck() {
        super(CheckId.SEAL_MAKER_REVOCATION, Scope.SEAL, SignatureDiagnostics::maker);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        boolean sealAlone = d.subject() == Subject.SEAL;
        return RevocationJudgement.judge("@noun.makerCertificate", d.makerRevocation(),
                sealAlone ? null : d.claimedSigningTime(),
                sealAlone ? null : SignerRevocationCheck.proofOfExistence(d, context), context);
    }
}
