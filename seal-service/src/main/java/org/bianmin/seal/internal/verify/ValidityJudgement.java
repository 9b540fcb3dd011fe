package org.bianmin.seal.internal.verify;

import java.time.Instant;
import org.bianmin.seal.SubIndication;

/**
 * Whether something with a validity period (a certificate, RFC 5280 §4.1.2.5; a seal, GB/T 38540
 * §5.4 validStart/validEnd) was valid when the signature was made, following ETSI EN 319 102-1
 * §5.2.4/§5.6.2.4: the signer's claimed time can only condemn (a claim outside the period is the
 * signer's own admission), never acquit; only a proof of existence (a timestamp) or a validation
 * time inside the period does. Outside at validation time without proof: OUT_OF_BOUNDS_NO_POE.
 */
final class ValidityJudgement {
    private ValidityJudgement() {
    }

    /**
     * @param what    message key of the noun ("the seal", "the signer certificate"), with the {@code @}
     * @param claimed the signer's claimed signing time, null for a standalone seal
     */
    static Finding judge(String what, Instant start, Instant end, Instant claimed, JudgementContext context) {
        if (claimed != null && claimed.isBefore(start)) {
            return Finding.failed(SubIndication.NOT_YET_VALID, "validity.claimedBefore", what, start, end, claimed);
        }
        if (claimed != null && claimed.isAfter(end)) {
            return Finding.failed(SubIndication.EXPIRED, "validity.claimedAfter", what, start, end, claimed);
        }
        Instant poe = context.proofOfExistence();
        if (poe != null) {
            if (poe.isBefore(start)) {
                return Finding.failed(SubIndication.NOT_YET_VALID, "validity.poeBefore", what, start, end, poe);
            }
            if (poe.isAfter(end)) {
                return Finding.failed(SubIndication.EXPIRED, "validity.poeAfter", what, start, end, poe);
            }
            return Finding.passed("validity.passedPoe", what, start, end, poe);
        }
        Instant at = context.validationTime();
        if (!at.isBefore(start) && !at.isAfter(end)) {
            return Finding.passed("validity.passed", what, start, end, at);
        }
        if (claimed == null) {
            return at.isBefore(start)
                    ? Finding.failed(SubIndication.NOT_YET_VALID, "validity.notYetAt", what, start, end, at)
                    : Finding.failed(SubIndication.EXPIRED, "validity.expiredAt", what, start, end, at);
        }
        return Finding.indeterminate(SubIndication.OUT_OF_BOUNDS_NO_POE, "validity.noPoe", what, start, end, at,
                claimed);
    }
}
