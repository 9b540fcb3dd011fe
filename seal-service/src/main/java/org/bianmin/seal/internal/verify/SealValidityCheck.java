package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.Subject;

/**
 * SEAL_VALIDITY: the seal was within its validStart–validEnd (GB/T 38540-2020 §5.4, §7.3) when the
 * signature was made; judged as {@link ValidityJudgement} describes. For a standalone seal, at the
 * validation time.
 */
public final class SealValidityCheck implements Check {
    @Override
    public CheckId id() {
        return CheckId.SEAL_VALIDITY;
    }

    @Override
    public Finding evaluate(SignatureDiagnostics d, JudgementContext context) {
        if (d.subject() == Subject.SIGNED_DATA) {
            return Finding.notApplicable("na.noSeal");
        }
        if (d.seal() == null) {
            return Finding.notApplicable("na.notEvaluated");
        }
        return ValidityJudgement.judge("@noun.seal", d.seal().validStart(), d.seal().validEnd(),
                d.claimedSigningTime(), context);
    }
}
