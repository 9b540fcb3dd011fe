package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;
import org.bianmin.seal.SubIndication;

/**
 * SIGNATURE_INTACT: the signing signature verifies — GB/T 38540-2020 §7.2 b) (v4: the signature
 * over TBS_Sign with the signer certificate and signatureAlgID; v1, GM/T 0031-2014 §8.2: the same
 * over its TBS_Sign), SM2 per GB/T 32918.2 with the default user id, accepting DER and raw r||s.
 * For GB/T 35275 SignedData, the SignerInfo signature (GB/T 35275 §8). ETSI EN 319 102-1 §5.2.7
 * (cryptographic verification): failure is SIG_CRYPTO_FAILURE.
 */
public final class SignatureIntactCheck extends ScopedCheck {
    public SignatureIntactCheck() {
        super(CheckId.SIGNATURE_INTACT, Scope.SIGNER, SignatureDiagnostics::signatureCrypto);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        return switch (d.signatureCrypto()) {
            case VALID -> Finding.passed("signature.passed", "DER");
            case VALID_RAW -> Finding.passed("signature.passed", "raw r||s");
            case VALID_LENIENT_DER -> Finding.passed("signature.passed", "DER (leading zeros re-encoded)");
            case INVALID -> Finding.failed(SubIndication.SIG_CRYPTO_FAILURE, "signature.failed");
            case UNREADABLE -> Finding.failed(SubIndication.SIG_CRYPTO_FAILURE, "signature.unreadable");
        };
    }
}
