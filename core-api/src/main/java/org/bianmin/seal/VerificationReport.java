package org.bianmin.seal;

import java.time.Instant;
import java.util.List;
import org.bianmin.core.Checks;

/**
 * The verification report on one input (a detached signature, an OFD document or a seal file):
 * one {@link SignatureReport} per signature found.
 *
 * @param source          what was verified (a file name, or a label the caller gave)
 * @param validationTime  the time the checks were evaluated at
 * @param signatures      one report per signature, in document order; empty when none was found
 */
public record VerificationReport(String source, Instant validationTime, List<SignatureReport> signatures) {
    public VerificationReport {
        Checks.text(source, "source");
        Checks.required(validationTime, "validation time");
        signatures = Checks.list(signatures, "signatures");
    }

    /** The same report under another source name. */
    public VerificationReport withSource(String newSource) {
        return new VerificationReport(newSource, validationTime, signatures);
    }

    /**
     * The worst indication over all signatures: TOTAL_FAILED if any failed, else INDETERMINATE if any
     * is indeterminate or there is no signature at all, else TOTAL_PASSED.
     */
    public Indication overall() {
        if (signatures.stream().anyMatch(s -> s.indication() == Indication.TOTAL_FAILED)) {
            return Indication.TOTAL_FAILED;
        }
        if (signatures.isEmpty() || signatures.stream().anyMatch(s -> s.indication() == Indication.INDETERMINATE)) {
            return Indication.INDETERMINATE;
        }
        return Indication.TOTAL_PASSED;
    }
}
