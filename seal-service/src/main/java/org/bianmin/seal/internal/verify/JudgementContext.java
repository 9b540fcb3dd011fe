package org.bianmin.seal.internal.verify;

import java.time.Instant;

/**
 * The times a judgement uses: the validation time (the policy's, or now) and, when a timestamp
 * token passed its check, the proof-of-existence time it attests (ETSI EN 319 102-1 §5.6.2.1
 * "best signature time"). The signer's own timeInfo is never a proof of existence.
 *
 * @param validationTime when the checks are evaluated
 * @param proofOfExistence the timestamp's genTime when the timestamp passed, else null
 */
public record JudgementContext(Instant validationTime, Instant proofOfExistence) {
    /** The best signature time: the proof of existence if any, else the validation time. */
    public Instant bestSignatureTime() {
        return proofOfExistence != null ? proofOfExistence : validationTime;
    }
}
