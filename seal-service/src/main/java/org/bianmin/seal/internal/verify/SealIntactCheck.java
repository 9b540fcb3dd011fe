package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.Subject;

/**
 * SEAL_INTACT: the seal maker's (制章者) signature verifies — GB/T 38540-2020 §7.3 (the maker's
 * signature over DER(SES_SealInfo) with the maker certificate in SESeal.cert); GM/T 0031-2014 §6.6
 * (over SEQUENCE { sealInfo, cert, signatureAlgorithm }). Failure is SIG_CRYPTO_FAILURE.
 */
public final class SealIntactCheck implements Check {
    @Override
    public CheckId id() {
        return CheckId.SEAL_INTACT;
    }

    @Override
    public Finding evaluate(SignatureDiagnostics d, JudgementContext context) {
        if (d.subject() == Subject.SIGNED_DATA) {
            return Finding.notApplicable("na.noSeal");
        }
        if (d.sealCrypto() == null) {
            return Finding.notApplicable("na.notEvaluated");
        }
        if (d.sealCrypto().valid()) {
            return Finding.passed("seal.passed", d.maker() == null ? "-" : d.maker().subject());
        }
        return Finding.failed(SubIndication.SIG_CRYPTO_FAILURE, "seal.failed");
    }
}
