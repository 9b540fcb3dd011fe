package org.bianmin.seal.internal.verify;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.Subject;

/**
 * Validation at a time in the past (ETSI EN 319 102-1 §5.6.2, past signature validation): a
 * signature can be judged valid "as of" a past time only if something other than the signer's own
 * claim shows it existed by then — a time-stamp token that passed, or this registry's record of the
 * use that made this very signature value. Without such a proof, every time-dependent check that
 * would pass is INDETERMINATE, NO_POE, with the reason; checks that fail keep failing. A seal alone
 * is not a signature and is judged at the time as asked.
 */
final class PastValidation {
    /** The checks whose outcome depends on when the signature was made. */
    private static final Set<CheckId> TIME_DEPENDENT = EnumSet.of(CheckId.SEAL_VALIDITY, CheckId.SIGNER_CERT_VALIDITY,
            CheckId.SIGNER_CHAIN, CheckId.SIGNER_REVOCATION, CheckId.SEAL_MAKER_CHAIN, CheckId.SEAL_MAKER_REVOCATION,
            CheckId.SEAL_STATUS);

    private static final PastValidation NOT_PAST = new PastValidation(null, null);

    private final Instant validationTime;
    private final Instant proof;

    private PastValidation(Instant validationTime, Instant proof) {
        this.validationTime = validationTime;
        this.proof = proof;
    }

    /**
     * The rule for one judgement: nothing to qualify when the validation time is not before {@code now},
     * when the subject is a seal alone, or when a proof of existence at or before the validation time
     * exists.
     */
    static PastValidation of(SignatureDiagnostics d, JudgementContext context, Instant now) {
        Instant at = context.validationTime();
        if (!at.isBefore(now) || d.subject() == Subject.SEAL) {
            return NOT_PAST;
        }
        Instant recorded = d.registry() == null ? null : d.registry().recordedUse();
        Instant proof = earliest(context.proofOfExistence(), recorded);
        if (proof != null && !proof.isAfter(at)) {
            return NOT_PAST;
        }
        return new PastValidation(at, proof);
    }

    /** {@code finding} of check {@code id}, made INDETERMINATE NO_POE where it would acquit without proof. */
    Finding qualify(CheckId id, Finding finding) {
        if (validationTime == null || !TIME_DEPENDENT.contains(id) || finding.result() != CheckResult.PASSED) {
            return finding;
        }
        return proof == null ? Finding.indeterminate(SubIndication.NO_POE, "past.noPoe", validationTime)
                : Finding.indeterminate(SubIndication.NO_POE, "past.poeLater", validationTime, proof);
    }

    /** The earlier of two times, either of which may be null. */
    static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
