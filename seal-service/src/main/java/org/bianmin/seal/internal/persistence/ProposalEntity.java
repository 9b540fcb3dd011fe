package org.bianmin.seal.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.bianmin.core.Actor;
import org.bianmin.seal.SealProposal;
import org.bianmin.seal.SealState;

/**
 * A change to a seal proposed by one administrator for an approver to confirm (dual control); kept
 * after it is decided. {@code sealStep} is the number of the seal's transitions when it was proposed.
 */
@Entity
@Table(name = "seal_proposal")
public class ProposalEntity {
    @Id
    private String proposalId;
    private String esId;
    private int proposalNumber;
    private String kind;
    private String proposedBy;
    private Instant proposedAt;
    private String reason;
    private Instant effectiveAt;
    private String operatorId;
    private String sealState;
    private int sealStep;
    private String status;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionReason;

    protected ProposalEntity() {
    }

    /**
     * The seal's {@code proposalNumber}th proposal, pending, under a fresh random id, of a seal in
     * {@code sealState} after {@code sealStep} transitions.
     */
    public ProposalEntity(String esId, int proposalNumber, SealProposal.Kind kind, Actor proposedBy, Instant proposedAt, String reason,
            Instant effectiveAt, Actor operator, SealState sealState, int sealStep) {
        this.proposalId = UUID.randomUUID().toString();
        this.esId = esId;
        this.proposalNumber = proposalNumber;
        this.kind = kind.name();
        this.proposedBy = proposedBy.id();
        this.proposedAt = proposedAt;
        this.reason = reason;
        this.effectiveAt = effectiveAt;
        this.operatorId = operator == null ? null : operator.id();
        this.sealState = sealState.name();
        this.sealStep = sealStep;
        this.status = SealProposal.Status.PENDING.name();
    }

    public String esId() {
        return esId;
    }

    public int sealStep() {
        return sealStep;
    }

    /** Records the decision; the proposal is no longer pending. */
    public void decide(SealProposal.Status outcome, Actor by, Instant at, String why) {
        this.status = outcome.name();
        this.decidedBy = by.id();
        this.decidedAt = at;
        this.decisionReason = why;
    }

    public SealProposal toProposal() {
        return new SealProposal(proposalId, esId, SealProposal.Kind.valueOf(kind), Actor.of(proposedBy), proposedAt,
                reason, effectiveAt, operatorId == null ? null : Actor.of(operatorId), SealState.valueOf(sealState),
                SealProposal.Status.valueOf(status), decidedBy == null ? null : Actor.of(decidedBy), decidedAt,
                decisionReason);
    }
}
