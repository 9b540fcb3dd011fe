package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;
import org.bianmin.seal.SubIndication;

/**
 * SIGNER_AUTHORIZED: the signer's certificate is one the seal names — GB/T 38540-2020 §5.4
 * (SES_ESPropertyInfo.certList: certListType 1 lists the certificates, compared byte for byte;
 * type 2 their digests) and §7.3. A signer the seal does not name is NO_SIGNING_CERTIFICATE_FOUND;
 * since the fact is established, not merely unknown, the check FAILS. A list with entries that are
 * not certificates (a vendor quirk) and the signer among none of the readable ones cannot settle it:
 * INDETERMINATE, with the reason.
 */
public final class SignerAuthorizedCheck extends ScopedCheck {
    public SignerAuthorizedCheck() {
        super(CheckId.SIGNER_AUTHORIZED, Scope.SEALED_SIGNATURE);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        if (d.certListProblem() != null) {
            return Finding.indeterminate(SubIndication.NO_SIGNING_CERTIFICATE_FOUND, "authorized.unreadable",
                    d.signer() == null ? "-" : d.signer().subject(), d.certListProblem());
        }
        if (d.signerInCertList() == null) {
            return Finding.notApplicable("na.notEvaluated");
        }
        if (d.signerInCertList()) {
            return Finding.passed("authorized.passed", d.certListType());
        }
        return Finding.failed(SubIndication.NO_SIGNING_CERTIFICATE_FOUND, "authorized.failed",
                d.signer() == null ? "-" : d.signer().subject(), d.certListType());
    }
}
