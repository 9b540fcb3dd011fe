package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;

/**
 * SEAL_VALIDITY: the seal was within its validStart–validEnd (GB/T 38540-2020 §5.4, §7.3) when the
 * signature was made; judged as {@link ValidityJudgement} describes. For a standalone seal, at the
 * validation time.
 */
public final class SealValidityCheck extends ScopedCheck {
    public SealValidityCheck() {
        super(CheckId.SEAL_VALIDITY, Scope.SEAL, SignatureDiagnostics::seal);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        return ValidityJudgement.judge("@noun.seal", d.seal().validStart(), d.seal().validEnd(),
                d.claimedSigningTime(), context);
    }
}
