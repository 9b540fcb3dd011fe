package org.bianmin.rest.seal;

import java.time.Instant;
import java.util.List;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.VerificationReport;

/**
 * A verification report as JSON: the overall indication first, then the report's own fields.
 *
 * @param overall        TOTAL_PASSED, TOTAL_FAILED or INDETERMINATE over all signatures
 * @param source         what was verified
 * @param validationTime the time the checks were made for
 * @param signatures     one report per signature or seal found
 */
public record VerificationAnswer(Indication overall, String source, Instant validationTime,
        List<SignatureReport> signatures) {
    static VerificationAnswer of(VerificationReport report) {
        return new VerificationAnswer(report.overall(), report.source(), report.validationTime(), report.signatures());
    }
}
