package org.bianmin.seal.internal.verify;

import java.time.Instant;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.RegistryFacts;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.Subject;

/**
 * SEAL_STATUS: for a seal of this registry (docs/requirements.md C-SEAL), the seal was ACTIVE — neither
 * suspended (挂失) nor revoked — at the time of signing (GB/T 38540-2020 §7.3, the seal's status;
 * ETSI EN 319 102-1 §5.2.6 revocation rules). Revoked or suspended at the claimed time: REVOKED.
 * Revoked only later: PASSED when a proof of existence before the change exists (the registry's own
 * use record of this very signature value — not another signature over the same document — or a
 * timestamp), else REVOKED_NO_POE. An esID with this registry's county prefix that the registry never
 * issued is FAILED, REVOKED: the registry is the authority on its own esIDs and answers for a
 * never-issued one as RFC 6960 §2.2 lets an OCSP responder answer for a never-issued certificate.
 * A foreign seal, or no registry: NOT_APPLICABLE.
 */
public final class SealStatusCheck extends ScopedCheck {
    public SealStatusCheck() {
        super(CheckId.SEAL_STATUS, Scope.SEAL, SignatureDiagnostics::seal);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        String esId = d.seal().esId();
        RegistryFacts r = d.registry();
        switch (r.status()) {
            case NO_REGISTRY:
                return Finding.notApplicable("status.noRegistry", esId);
            case NOT_REGISTERED:
                return Finding.notApplicable("status.foreign", esId);
            case NEVER_ISSUED:
                return Finding.failed(SubIndication.REVOKED, "status.neverIssued", esId);
            case MISMATCH:
                return Finding.failed(SubIndication.SIG_CRYPTO_FAILURE, "status.mismatch", esId);
            case UNAVAILABLE:
                return Finding.indeterminate(SubIndication.TRY_LATER, "status.unavailable", esId, r.problem());
            default:
                break;
        }
        Instant signedAt = d.subject() == Subject.SEAL || d.claimedSigningTime() == null
                ? context.validationTime() : d.claimedSigningTime();
        SealState then = r.stateAtSigning();
        SealState now = r.stateAtValidation();
        if (then == SealState.SUSPENDED) {
            return Finding.failed(SubIndication.REVOKED, "status.suspendedAtSigning", esId, signedAt);
        }
        if (then == SealState.REVOKED || then == SealState.DESTROYED) {
            return Finding.failed(SubIndication.REVOKED, "status.revokedAtSigning", esId, signedAt, then);
        }
        if (then != SealState.ACTIVE) {
            return Finding.failed(SubIndication.NOT_YET_VALID, "status.notActiveAtSigning", esId, signedAt, then);
        }
        if (d.subject() == Subject.SES_SIGNATURE && now != SealState.ACTIVE) {
            Instant poe = earliest(r.recordedUse(), context.proofOfExistence());
            if (poe != null) {
                return Finding.passed("status.passedChangedLater", esId, signedAt, now, poe);
            }
            return Finding.indeterminate(SubIndication.REVOKED_NO_POE, "status.revokedNoPoe", esId, signedAt, now);
        }
        return Finding.passed(d.subject() == Subject.SEAL ? "status.passedSeal" : "status.passed", esId, signedAt);
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
