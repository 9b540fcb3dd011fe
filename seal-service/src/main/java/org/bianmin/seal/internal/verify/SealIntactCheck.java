package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;
import org.bianmin.seal.SubIndication;

/**
 * SEAL_INTACT: the seal maker's (制章者) signature verifies — GB/T 38540-2020 §7.3 (the maker's
 * signature over DER(SES_SealInfo) with the maker certificate in SESeal.cert); GM/T 0031-2014 §6.6
 * (over SEQUENCE { sealInfo, cert, signatureAlgorithm }). Failure is SIG_CRYPTO_FAILURE.
 */
public final class SealIntactCheck extends ScopedCheck {
    public SealIntactCheck() {
        super(CheckId.SEAL_INTACT, Scope.SEAL, SignatureDiagnostics::sealCrypto);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        if (d.sealCrypto().valid()) {
            return Finding.passed("seal.passed", d.maker() == null ? "-" : d.maker().subject());
        }
        return Finding.failed(SubIndication.SIG_CRYPTO_FAILURE, "seal.failed");
    }
}
