package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;

/**
 * SIGNER_CERT_VALIDITY: the signer's certificate was within its validity (RFC 5280 §4.1.2.5) when
 * the signature was made (GB/T 38540-2020 §7.2 c); ETSI EN 319 102-1 §5.2.6 X.509 validation,
 * with the time rules of {@link ValidityJudgement}.
 */
public final class SignerCertValidityCheck extends ScopedCheck {
    public SignerCertValidityCheck() {
        super(CheckId.SIGNER_CERT_VALIDITY, Scope.SIGNER, SignatureDiagnostics::signer);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        return ValidityJudgement.judge("@noun.signerCertificate", d.signer().details().notBefore(),
                d.signer().details().notAfter(), d.claimedSigningTime(), context);
    }
}
