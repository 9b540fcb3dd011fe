package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.Coverage;

/**
 * DATA_COVERAGE: an OFD signature protects everything a viewer draws — GB/T 33190-2016 §18.2: the
 * References name the files the signature protects, and a file a viewer reads to draw the pages
 * (OFD.xml, Document.xml, resources with their fonts and images, templates, pages, annotations;
 * {@link org.bianmin.seal.internal.ofd.ViewerParts}) but no Reference covers can be changed or
 * added after signing without breaking any hash. Such files are listed, annotations apart, since
 * an unsigned annotation is how marks are added to a signed page. FAILED UNSIGNED_CONTENT; the
 * policy's severity for this check decides whether that fails the signature (FAIL by default).
 * A detached signature or a seal: NOT_APPLICABLE.
 */
public final class DataCoverageCheck extends ScopedCheck {
    public DataCoverageCheck() {
        super(CheckId.DATA_COVERAGE, Scope.SIGNER);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        Coverage coverage = d.data() == null ? null : d.data().coverage();
        if (coverage == null) {
            return Finding.notApplicable("coverage.detached");
        }
        if (coverage.unprotected().isEmpty()) {
            return Finding.passed("coverage.passed", coverage.parts());
        }
        if (!coverage.annotations().isEmpty()) {
            return Finding.failed(SubIndication.UNSIGNED_CONTENT, "coverage.annotations",
                    String.join(", ", coverage.annotations()), String.join(", ", coverage.unprotected()));
        }
        return Finding.failed(SubIndication.UNSIGNED_CONTENT, "coverage.unprotected",
                String.join(", ", coverage.unprotected()));
    }
}
