package org.bianmin.seal;

import java.time.Duration;
import java.time.Instant;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * A change to a seal that one seal administrator proposes and a second person, an approver, confirms
 * (dual control, 双人复核; docs/requirements.md C-SEAL): a revocation back-dated to an earlier
 * effective time, a resumption after suspension (挂失后恢复), or a custody grant (印章保管授权).
 * Nothing changes in the seal's state or custody until the proposal is confirmed.
 *
 * @param id             the proposal's identifier
 * @param esId           the seal it concerns
 * @param kind           what it would change
 * @param proposedBy     the administrator who proposed it
 * @param proposedAt     when it was proposed
 * @param reason         why, as the proposer gave it (optional for a custody grant)
 * @param effectiveAt    for a revocation, when it takes effect; otherwise null
 * @param operator       for a custody grant, the operator who would sign with the seal; otherwise null
 * @param sealState      the seal's state when it was proposed; a confirmation finds the seal unchanged
 * @param status         pending, confirmed, rejected or withdrawn
 * @param decidedBy      who confirmed, rejected or withdrew it; null while pending
 * @param decidedAt      when; null while pending
 * @param decisionReason why it was rejected or withdrawn; null otherwise
 */
public record SealProposal(String id, String esId, Kind kind, Actor proposedBy, Instant proposedAt, String reason,
        Instant effectiveAt, Actor operator, SealState sealState, Status status, Actor decidedBy, Instant decidedAt,
        String decisionReason) {
    /**
     * How far before the moment it is recorded a revocation may take effect and still count as
     * immediate, a one-person act: enough for a client's clock and the round trip, far too little to
     * rewrite a seal's past.
     */
    public static final Duration IMMEDIATE = Duration.ofMinutes(1);

    /** What a proposal would change. */
    public enum Kind {
        /** Revoke the seal with an effective time before the moment the revocation is recorded. */
        REVOCATION,
        /** Resume a suspended seal (恢复). */
        RESUMPTION,
        /** Allow an operator to sign with the seal. */
        CUSTODY
    }

    /** Where a proposal stands. */
    public enum Status {
        /** Waiting for an approver. */
        PENDING,
        /** Confirmed by an approver; the change is made. */
        CONFIRMED,
        /** Rejected by an approver, with a reason; nothing changed. */
        REJECTED,
        /** Withdrawn by its proposer; nothing changed. */
        WITHDRAWN
    }

    public SealProposal {
        Checks.text(id, "proposal id");
        Checks.text(esId, "esID");
        Checks.required(kind, "kind");
        Checks.required(proposedBy, "proposed by");
        Checks.required(proposedAt, "proposed at");
        reason = Checks.optionalText(reason);
        Checks.required(sealState, "seal state");
        Checks.required(status, "status");
        if ((kind == Kind.REVOCATION) != (effectiveAt != null)) {
            throw BianminException.invalid("a revocation proposal, and only one, names an effective time");
        }
        if ((kind == Kind.CUSTODY) != (operator != null)) {
            throw BianminException.invalid("a custody proposal, and only one, names an operator");
        }
        if ((status == Status.PENDING) != (decidedBy == null) || (decidedBy == null) != (decidedAt == null)) {
            throw BianminException.invalid("a proposal is decided (by someone, at some time) unless it is pending");
        }
        decisionReason = Checks.optionalText(decisionReason);
    }

    /** Whether it still waits for an approver. */
    public boolean pending() {
        return status == Status.PENDING;
    }

    /**
     * Whether a revocation effective at {@code effectiveAt} and recorded at {@code now} rewrites the
     * past and so needs a second person: its effective time lies more than {@link #IMMEDIATE} before
     * {@code now}. A revocation without an effective time is immediate.
     */
    public static boolean backDated(Instant effectiveAt, Instant now) {
        return effectiveAt != null && effectiveAt.isBefore(now.minus(IMMEDIATE));
    }
}
