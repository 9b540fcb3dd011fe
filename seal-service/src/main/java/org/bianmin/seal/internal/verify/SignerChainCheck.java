package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;

/**
 * SIGNER_CHAIN: the signer's certificate chains to a configured trust anchor with the key usage
 * and CA constraints of RFC 5280 §6.1 (GB/T 38540-2020 §7.2 c), judged by {@link ChainJudgement}
 * at the best signature time. No anchor reached: NO_CERTIFICATE_CHAIN_FOUND.
 */
public final class SignerChainCheck extends ScopedCheck {
    public SignerChainCheck() {
        super(CheckId.SIGNER_CHAIN, Scope.SIGNER);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        return ChainJudgement.judge("@noun.signerCertificate", d.signerChain(), context.bestSignatureTime(), false);
    }
}
