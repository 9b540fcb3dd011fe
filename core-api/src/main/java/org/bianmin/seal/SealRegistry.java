package org.bianmin.seal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The county's electronic seal registry (docs/requirements.md C-SEAL, plan task 5 "一枚印章管审批"):
 * one dedicated approval seal per township centre, numbered sub-seals for its other sites.
 * Every method is one transaction; every change is recorded with actor, time and reason and sent
 * to the audit trail when one is registered. Failures throw
 * {@link org.bianmin.core.BianminException} with a stable code and write nothing; a status change
 * on a server whose clock is behind the seal's latest recorded change or use fails with
 * {@code CLOCK_BEHIND}.
 */
@ProviderType
public interface SealRegistry {
    /** Records a request for a centre's approval seal; returns it in state REQUESTED. */
    Seal request(SealRequest request);

    /** Records a request for the next numbered sub-seal of an active approval seal. */
    Seal requestSubSeal(SubSealRequest request);

    /** Approves a request; the approver must not be the requester (dual control). */
    Seal approve(String esId, Actor approver);

    /** Rejects a request with a reason. */
    Seal reject(String esId, Actor approver, String reason);

    /** Makes the seal: key pair, certificate, picture and the SESeal signed by the maker. */
    Seal make(String esId, Actor actor);

    /** Activates a made seal. */
    Seal activate(String esId, Actor actor);

    /** Suspends an active seal (挂失). */
    Seal suspend(String esId, Actor actor, String reason);

    /**
     * Resumes a suspended seal (恢复). A resumption needs a second person: this always fails with
     * {@code SEAL_DUAL_CONTROL_VIOLATION}; use {@link #proposeResumption} and {@link #confirm}.
     *
     * @deprecated a resumption is proposed by one administrator and confirmed by an approver
     */
    @Deprecated(since = "1.7.0")
    Seal resume(String esId, Actor actor, String reason);

    /**
     * Revokes a seal with a reason, at once: effective at {@code effectiveAt} (null: now), which lies
     * at most {@link SealProposal#IMMEDIATE} before now, never in the future. An earlier effective
     * time (e.g. since a loss) rewrites the seal's past and fails with
     * {@code SEAL_DUAL_CONTROL_VIOLATION}: propose it ({@link #proposeRevocation}) for an approver to
     * confirm. Revoking a centre's approval seal also revokes its live sub-seals.
     */
    Seal revoke(String esId, Actor actor, String reason, Instant effectiveAt);

    /** Destroys a revoked or rejected seal: its key is destroyed, its record kept forever. */
    Seal destroy(String esId, Actor actor, String reason);

    /**
     * Allows an operator to sign with the seal (the custodian policy). A grant needs a second person:
     * this always fails with {@code SEAL_DUAL_CONTROL_VIOLATION}; use {@link #proposeCustody} and
     * {@link #confirm}.
     *
     * @deprecated custody is proposed by one administrator and confirmed by an approver
     */
    @Deprecated(since = "1.7.0")
    void grantCustody(String esId, Actor operator, Actor grantedBy);

    /** Withdraws an operator's permission to sign with the seal. */
    void withdrawCustody(String esId, Actor operator, Actor withdrawnBy);

    /** The seal's custody grants, held and withdrawn, oldest first (since 1.7.0). */
    List<CustodyGrant> custody(String esId);

    /**
     * The seals the operator holds in custody now (a grant not withdrawn), in the order of
     * {@link #list(DivisionCode)}, whatever their state (since 1.7.0).
     */
    List<Seal> inCustodyOf(Actor operator);

    /**
     * Proposes a revocation effective at {@code effectiveAt} (not in the future, not before the seal
     * was requested), typically back-dated to a loss; nothing changes until an approver confirms it.
     */
    SealProposal proposeRevocation(String esId, Actor proposer, String reason, Instant effectiveAt);

    /** Proposes resuming a suspended seal (恢复); nothing changes until an approver confirms it. */
    SealProposal proposeResumption(String esId, Actor proposer, String reason);

    /**
     * Proposes allowing {@code operator} to sign with the seal; nobody proposes custody for himself.
     * Nothing changes until an approver confirms it.
     */
    SealProposal proposeCustody(String esId, Actor operator, Actor proposer, String reason);

    /**
     * Confirms a pending proposal and makes exactly the proposed change, in one transaction. The
     * approver is neither the proposer nor the operator of a custody grant
     * ({@code SEAL_DUAL_CONTROL_VIOLATION}); a proposal whose seal has changed since it was proposed
     * is refused ({@code SEAL_PROPOSAL_STALE}), one no longer pending too
     * ({@code SEAL_PROPOSAL_CLOSED}).
     */
    SealProposal confirm(String esId, String proposalId, Actor approver);

    /** Rejects a pending proposal with a reason; the approver is not the proposer. Nothing changes. */
    SealProposal rejectProposal(String esId, String proposalId, Actor approver, String reason);

    /** Withdraws a pending proposal; only its proposer may ({@code NOT_PERMITTED}). Nothing changes. */
    SealProposal withdrawProposal(String esId, String proposalId, Actor proposer, String reason);

    /** The seal's proposals, oldest first, pending and decided. */
    List<SealProposal> proposals(String esId);

    /**
     * The county whose seals this registry issues: its GB/T 2260 code is the prefix of every esID
     * the registry gives, so a verifier can tell a seal that claims to be this registry's from a
     * foreign one.
     */
    DivisionCode county();

    /** The seal with the given esID, if any. */
    Optional<Seal> find(String esId);

    /** The seal with the given esID; fails with {@code SEAL_NOT_FOUND}. */
    Seal get(String esId);

    /** Every seal whose owner lies within {@code division}, centre seals before their sub-seals. */
    List<Seal> list(DivisionCode division);

    /** The seal's recorded lifecycle, oldest first. */
    List<SealTransition> history(String esId);

    /** The seal's recorded uses, oldest first. */
    List<SealUse> uses(String esId);

    /**
     * The recorded use that made the signature whose DER has the SM3 hash {@code signatureHash}
     * (lower-case hex), if this registry made it: the registry's proof that this very signature value
     * existed at the use's time. One indexed lookup, whatever the number of uses.
     */
    Optional<SealUse> useOfSignature(String esId, String signatureHash);

    /**
     * The state the seal was in at {@code instant}, from its recorded transitions' effective times;
     * from a revocation's effective time on, the seal counts as revoked.
     */
    SealState stateAt(String esId, Instant instant);

    /**
     * What a verifier weighs of seal {@code esId} (check SEAL_STATUS), read in one transaction: the
     * seal, its SESeal, its state at {@code signingTime} and at {@code validationTime}, and the recorded
     * use that made the signature whose DER has the SM3 hash {@code signatureHash} (lower-case hex; null
     * for a seal verified alone). Empty when the registry has no seal {@code esId} (since 1.10.0).
     */
    Optional<SealStanding> standing(String esId, String signatureHash, Instant signingTime, Instant validationTime);

    /** The DER of the seal's GB/T 38540 SESeal; fails until the seal is made. */
    byte[] sealStructure(String esId);

    /** The seal picture as PNG, as embedded in SES_ESPictrueInfo. */
    byte[] picturePng(String esId);

    /** The seal picture as SVG, for print. */
    String pictureSvg(String esId);

    /** The seal's signer certificate (X.509, DER). */
    byte[] signerCertificate(String esId);
}
