package org.bianmin.seal.internal.registry;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bianmin.audit.AuditEventType;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.SealProposal;
import org.bianmin.seal.SealState;
import org.bianmin.seal.internal.persistence.ProposalEntity;
import org.bianmin.seal.internal.persistence.SealEntity;
import org.bianmin.seal.internal.persistence.SealStore;

/**
 * The bookkeeping of dual control (双人复核, docs/requirements.md C-SEAL) for changes that rewrite a
 * seal's past or hand it to an operator: records a proposal with the seal's state and step, checks
 * at each decision that the proposal is pending, that the decider is a second person and that the
 * seal has not moved since, and audits every step. It runs inside the registry's transaction, after
 * the seal's row is locked; the registry makes the change itself.
 */
final class Proposals {
    private final SealStore store;
    private final AuditEmitter audit;

    Proposals(SealStore store, AuditEmitter audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Records a pending proposal for the locked {@code seal} and audits it. */
    SealProposal propose(EntityManager em, SealEntity seal, SealProposal.Kind kind, Actor proposer, Instant now,
            String reason, Instant effectiveAt, Actor operator) {
        ProposalEntity proposal = new ProposalEntity(seal.esId(), store.nextProposalNumber(em, seal.esId()), kind,
                proposer, now, reason, effectiveAt, operator,
                SealState.valueOf(seal.state()), store.nextStep(em, seal.esId()) - 1);
        em.persist(proposal);
        em.flush();
        SealProposal made = proposal.toProposal();
        Map<String, String> details = details(made, "made");
        if (reason != null) {
            details.put("reason", reason);
        }
        if (effectiveAt != null) {
            details.put("effectiveAt", effectiveAt.toString());
        }
        if (operator != null) {
            details.put("operator", operator.id());
        }
        audit.emit(em, AuditEventType.ADMINISTRATION, proposer, seal.esId(), details);
        return made;
    }

    /**
     * The pending proposal of the locked seal; fails with {@code SEAL_PROPOSAL_NOT_FOUND} or, when
     * it was already decided, {@code SEAL_PROPOSAL_CLOSED}.
     */
    ProposalEntity pending(EntityManager em, String esId, String proposalId) {
        ProposalEntity proposal = store.proposal(em, esId, proposalId);
        SealProposal current = proposal.toProposal();
        if (!current.pending()) {
            throw new BianminException(ErrorCode.SEAL_PROPOSAL_CLOSED, "proposal " + proposalId + " of seal " + esId
                    + " was already " + current.status().name().toLowerCase(Locale.ROOT) + " by "
                    + current.decidedBy() + " at " + current.decidedAt() + "; propose the change again if still needed");
        }
        return proposal;
    }

    /**
     * Fails with {@code SEAL_DUAL_CONTROL_VIOLATION} when {@code approver} proposed the change, or
     * is the operator a custody grant would allow to sign.
     */
    static void requireSecondPerson(SealProposal proposal, Actor approver) {
        if (proposal.proposedBy().equals(approver)) {
            throw new BianminException(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, approver + " proposed "
                    + describe(proposal) + " and so may not decide on it; an approver other than the proposer must"
                    + " (dual control)");
        }
        if (approver.equals(proposal.operator())) {
            throw new BianminException(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, approver + " is the operator "
                    + describe(proposal) + " would allow to sign and so may not decide on it; another approver must");
        }
    }

    /**
     * Fails with {@code SEAL_PROPOSAL_STALE} when the seal has taken a lifecycle step since the
     * proposal was made: the approver would confirm a change to a seal the proposer did not see.
     */
    void requireUnchanged(EntityManager em, SealEntity seal, ProposalEntity proposal) {
        int step = store.nextStep(em, seal.esId()) - 1;
        if (step != proposal.sealStep()) {
            SealProposal stale = proposal.toProposal();
            throw new BianminException(ErrorCode.SEAL_PROPOSAL_STALE, "seal " + seal.esId() + " was "
                    + stale.sealState() + " when " + describe(stale) + " was proposed at " + stale.proposedAt()
                    + " and has changed since (now " + seal.state() + "); reject this proposal and propose again");
        }
    }

    /** Records the decision on the pending {@code proposal} and audits it. */
    SealProposal decide(EntityManager em, ProposalEntity proposal, SealProposal.Status outcome, Actor by, Instant now,
            String reason) {
        proposal.decide(outcome, by, now, reason);
        SealProposal decided = proposal.toProposal();
        Map<String, String> details = details(decided, outcome.name().toLowerCase(Locale.ROOT));
        details.put("proposedBy", decided.proposedBy().id());
        if (reason != null) {
            details.put("reason", reason);
        }
        audit.emit(em, AuditEventType.ADMINISTRATION, by, decided.esId(), details);
        return decided;
    }

    /** The details that tie a change's own audit event to the proposal it carries out. */
    static Map<String, String> carriedOut(SealProposal proposal) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("proposal", proposal.id());
        details.put("proposedBy", proposal.proposedBy().id());
        return details;
    }

    private static Map<String, String> details(SealProposal proposal, String step) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("action", "proposal-" + step);
        details.put("proposal", proposal.id());
        details.put("kind", proposal.kind().name());
        return details;
    }

    private static String describe(SealProposal proposal) {
        return "the " + proposal.kind().name().toLowerCase(Locale.ROOT) + " of seal " + proposal.esId()
                + " (proposal " + proposal.id() + ")";
    }
}
