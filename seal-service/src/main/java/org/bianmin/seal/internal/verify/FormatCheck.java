package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;
import org.bianmin.seal.SubIndication;

/**
 * FORMAT: the signature or seal follows its grammar — GB/T 38540-2020 §5 (SESeal) and §6
 * (SES_Signature, TBS_Sign), GM/T 0031-2014 §6–7 for the older generation, the OFD package and
 * its XML (GB/T 33190-2016 §7.4, §18) — with the algorithm identifiers the standards allow
 * (SM3withSM2, 1.2.156.10197.1.501). Tolerated vendor quirks are named in the detail.
 * ETSI EN 319 102-1 §5.2.2 (format checking): failure is FORMAT_FAILURE.
 */
public final class FormatCheck extends ScopedCheck {
    public FormatCheck() {
        super(CheckId.FORMAT, Scope.ANY);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        if (!d.formatErrors().isEmpty()) {
            return Finding.failed(SubIndication.FORMAT_FAILURE, "format.failed", d.format(),
                    String.join("; ", d.formatErrors()));
        }
        if (!d.formatNotes().isEmpty()) {
            return Finding.passed("format.passedWithNotes", d.format(), String.join("; ", d.formatNotes()));
        }
        return Finding.passed("format.passed", d.format());
    }
}
