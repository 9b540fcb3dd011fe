package org.bianmin.seal;

import java.time.Instant;
import java.util.List;
import org.bianmin.core.Checks;

/**
 * The verdict on one signature (or one standalone seal) with every check (签章验证报告).
 *
 * @param signatureId    the signature's id: the OFD Signature ID, or "detached" / "seal"
 * @param format         what was verified, e.g. "GB/T 38540-2020 SES_Signature", "GB/T 35275 SignedData"
 * @param sealName       the seal's name, null when unreadable or absent
 * @param esId           the seal's esID, null when unreadable or absent
 * @param signer         the signer certificate's subject, null when unreadable or absent
 * @param signingTime    the signer's claimed signing time (timeInfo): a claim, not a proof; may be null
 * @param indication     the verdict
 * @param subIndication  why it is not TOTAL_PASSED; null when it is
 * @param checks         every check, in {@link CheckId} order
 * @param seal           the seal's details, null when unreadable or absent
 * @param signerCertificate the signer certificate's details, null when unreadable or absent
 */
public record SignatureReport(String signatureId, String format, String sealName, String esId, String signer,
        Instant signingTime, Indication indication, SubIndication subIndication, List<CheckOutcome> checks,
        SealDetails seal, CertificateDetails signerCertificate) {
    public SignatureReport {
        Checks.text(signatureId, "signature id");
        Checks.text(format, "format");
        Checks.required(indication, "indication");
        if ((indication == Indication.TOTAL_PASSED) != (subIndication == null)) {
            throw org.bianmin.core.BianminException.invalid("only a TOTAL_PASSED report has no sub-indication");
        }
        checks = Checks.list(checks, "checks");
    }

    /** The outcome of one check, if it is in the report. */
    public java.util.Optional<CheckOutcome> check(CheckId id) {
        return checks.stream().filter(c -> c.id() == id).findFirst();
    }
}
