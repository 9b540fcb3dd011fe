package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.SubIndication;

/**
 * SEAL_MAKER_CHAIN: the seal maker's (制章者) certificate chains to a configured trust anchor and
 * is valid at the best signature time, with the key usage and CA constraints of RFC 5280 §6.1
 * (GB/T 38540-2020 §7.3: the maker certificate's chain, validity and key usage), and — where the
 * policy has a seal-maker rule — is a certificate the policy allows to make seals: a certificate
 * that merely chains to the county's CA (a seal signer's, say) cannot make a seal that passes.
 */
public final class SealMakerChainCheck extends ScopedCheck {
    public SealMakerChainCheck() {
        super(CheckId.SEAL_MAKER_CHAIN, Scope.SEAL);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        Finding chain = ChainJudgement.judge("@noun.makerCertificate", d.makerChain(), context.bestSignatureTime(),
                true);
        if (chain.result() == CheckResult.PASSED && d.makerRole() == SealMakerRule.Role.NOT_ALLOWED) {
            return Finding.failed(SubIndication.CHAIN_CONSTRAINTS_FAILURE, "maker.notAllowed", d.maker().subject());
        }
        return chain;
    }
}
