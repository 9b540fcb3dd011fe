package org.bianmin.seal.internal.verify;

import java.time.Instant;

/**
 * The times and rules a judgement uses: the validation time (the policy's, or now), when a timestamp
 * token passed its check the proof-of-existence time it attests (ETSI EN 319 102-1 §5.6.2.1
 * "best signature time"), and the policy's rules for revocation lists. The signer's own timeInfo
 * is never a proof of existence.
 *
 * @param validationTime               when the checks are evaluated
 * @param proofOfExistence             the timestamp's genTime when the timestamp passed, else null
 * @param staleRevocationListsAccepted whether a CRL past its nextUpdate is still used
 * @param revocationRequired           whether no CRL at all makes a revocation check INDETERMINATE
 */
public record JudgementContext(Instant validationTime, Instant proofOfExistence, boolean staleRevocationListsAccepted,
        boolean revocationRequired) {
    /** A context with the default revocation rules (fresh lists only, none: not applicable). */
    public JudgementContext(Instant validationTime, Instant proofOfExistence) {
        this(validationTime, proofOfExistence, false, false);
    }

    /** The best signature time: the proof of existence if any, else the validation time. */
    public Instant bestSignatureTime() {
        return proofOfExistence != null ? proofOfExistence : validationTime;
    }

    /** This context with the proof of existence {@code poe}. */
    JudgementContext withProofOfExistence(Instant poe) {
        return new JudgementContext(validationTime, poe, staleRevocationListsAccepted, revocationRequired);
    }
}
