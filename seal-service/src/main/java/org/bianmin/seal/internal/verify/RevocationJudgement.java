package org.bianmin.seal.internal.verify;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.internal.verify.RevocationFacts.Entry;
import org.bianmin.seal.internal.verify.RevocationFacts.ListFacts;

/**
 * Whether a certificate was revoked or on hold when the signature was made, from its issuer's CRLs
 * (RFC 5280 §6.3), with the outcomes of ETSI EN 319 102-1 §5.2.6 and §5.6.2.4 as the EU's DSS gives
 * them. The list used is the newest one current at the validation time (thisUpdate ≤ time ≤
 * nextUpdate); past its nextUpdate it is INDETERMINATE TRY_LATER unless the policy accepts stale lists.
 * The certificate's listed time is its invalidityDate when earlier than the revocationDate.
 * <ul>
 *   <li>not listed: PASSED;</li>
 *   <li>listed from a time after the best signature time (a proof of existence, or the validation time):
 *       PASSED, the revocation or hold named;</li>
 *   <li>on hold (certificateHold) by then: INDETERMINATE TRY_LATER — a suspension may be lifted;</li>
 *   <li>revoked before the proof of existence, or before the signer's own claimed time: TOTAL_FAILED
 *       REVOKED; revoked before the validation time with nothing to prove the signature older:
 *       INDETERMINATE REVOKED_NO_POE;</li>
 *   <li>no list of the issuer (or none that verifies): NOT_APPLICABLE, or INDETERMINATE TRY_LATER when the
 *       policy requires revocation information.</li>
 * </ul>
 */
final class RevocationJudgement {
    private RevocationJudgement() {
    }

    /**
     * @param what    message key of the noun, with the {@code @}
     * @param claimed the signer's claimed signing time; null for a standalone seal, judged at the validation time
     * @param poe     the earliest proof that the signature existed (time-stamp, the registry's use record), or null
     */
    static Finding judge(String what, RevocationFacts r, Instant claimed, Instant poe, JudgementContext context) {
        if (r == null) {
            return Finding.notApplicable("revocation.noIssuer", what);
        }
        Instant at = context.validationTime();
        Comparator<ListFacts> newest = Comparator.comparing(ListFacts::thisUpdate);
        Optional<ListFacts> current = r.lists().stream().filter(l -> l.currentAt(at)).max(newest);
        if (current.isEmpty()) {
            Optional<ListFacts> stale = r.lists().stream()
                    .filter(l -> l.problem() == null && !l.thisUpdate().isAfter(at)).max(newest);
            if (stale.isPresent() && !context.staleRevocationListsAccepted()) {
                return Finding.indeterminate(SubIndication.TRY_LATER, "revocation.stale", what, r.issuer(),
                        stale.get().nextUpdate(), at);
            }
            current = stale;
        }
        if (current.isEmpty()) {
            Optional<ListFacts> rejected = r.lists().stream().filter(l -> l.problem() != null).findFirst();
            String key = rejected.isPresent() ? "revocation.rejected" : "revocation.none";
            Object[] args = rejected.isPresent() ? new Object[] {what, r.issuer(), rejected.get().problem()}
                    : new Object[] {what, r.issuer()};
            return context.revocationRequired() ? Finding.indeterminate(SubIndication.TRY_LATER, key, args)
                    : Finding.notApplicable(key, args);
        }
        ListFacts list = current.get();
        Entry entry = list.entry();
        if (entry == null) {
            return Finding.passed("revocation.passed", what, list.source(), list.number(), list.thisUpdate());
        }
        Instant listed = entry.effective();
        Instant best = poe != null ? poe : at;
        if (best.isBefore(listed)) {
            return Finding.passed(entry.onHold() ? "revocation.passedHeldLater" : "revocation.passedRevokedLater", what,
                    listed, best, list.source(), list.number());
        }
        if (entry.onHold()) {
            return Finding.indeterminate(SubIndication.TRY_LATER, "revocation.onHold", what, listed, list.source(),
                    list.number());
        }
        if (poe != null) {
            return Finding.failed(SubIndication.REVOKED, "revocation.revokedBeforePoe", what, listed, poe,
                    list.source(), list.number());
        }
        if (claimed == null) {
            return Finding.failed(SubIndication.REVOKED, "revocation.revokedAt", what, listed, at, list.source(),
                    list.number());
        }
        if (!claimed.isBefore(listed)) {
            return Finding.failed(SubIndication.REVOKED, "revocation.revokedAtClaimed", what, listed, claimed,
                    list.source(), list.number());
        }
        return Finding.indeterminate(SubIndication.REVOKED_NO_POE, "revocation.revokedNoPoe", what, listed, claimed,
                list.source(), list.number());
    }
}
