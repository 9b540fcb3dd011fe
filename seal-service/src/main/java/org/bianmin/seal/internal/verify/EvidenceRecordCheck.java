package org.bianmin.seal.internal.verify;

import java.time.Instant;
import java.util.List;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.SubIndication;

/**
 * EVIDENCE_RECORD: the RFC 4998 evidence record handed in for this signature, when there is one. Its
 * first archive time-stamp's first hash-tree node holds the signature's SM3 hash and its reduced hash
 * tree leads to that time-stamp's imprint (§4.3); each later archive time-stamp covers the previous
 * one's {@code timeStamp} (§5.2, time-stamp renewal) and its tree leads to its imprint; every time-stamp
 * verifies with a TSA certificate that has the critical id-kp-timeStamping purpose (RFC 3161 §2.3) and
 * chains to a trust anchor, valid when the next archive time-stamp was made — the last one at the
 * validation time (§5.3); and their genTimes do not go back. A record that passes proves the signature
 * existed at its first archive time-stamp's genTime (ETSI EN 319 102-1 §5.6.2.1, proof of existence).
 * None given for this signature: NOT_APPLICABLE. Revocation of archive TSA certificates is not consulted.
 */
public final class EvidenceRecordCheck extends ScopedCheck {
    public EvidenceRecordCheck() {
        super(CheckId.EVIDENCE_RECORD, Scope.SIGNER);
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        EvidenceFacts e = d.evidence();
        if (e == null) {
            return Finding.notApplicable("evidence.none");
        }
        if (e.problem() != null) {
            return Finding.indeterminate(SubIndication.FORMAT_FAILURE, "evidence.unsupported", e.problem());
        }
        List<EvidenceFacts.Stamp> stamps = e.stamps();
        for (int i = 0; i < stamps.size(); i++) {
            EvidenceFacts.Stamp s = stamps.get(i);
            int n = i + 1;
            if (s.problem() != null) {
                return Finding.failed(SubIndication.FORMAT_FAILURE, "evidence.unreadable", s.problem());
            }
            if (!s.covers()) {
                return Finding.failed(SubIndication.HASH_FAILURE, "evidence.renewalNotCovering", n, i);
            }
            if (!s.rootMatches()) {
                return Finding.failed(SubIndication.HASH_FAILURE, "evidence.root", n);
            }
            if (s.tsa() == null || !s.tokenValid()) {
                return Finding.failed(SubIndication.SIG_CRYPTO_FAILURE, "evidence.signature", n,
                        s.tsa() == null ? "-" : s.tsa().subject());
            }
            if (s.roleProblem() != null) {
                return Finding.failed(SubIndication.CHAIN_CONSTRAINTS_FAILURE, "evidence.role", n, s.tsa().subject(),
                        s.roleProblem());
            }
            if (i > 0 && s.genTime().isBefore(stamps.get(i - 1).genTime())) {
                return Finding.failed(SubIndication.FORMAT_FAILURE, "evidence.order", n, s.genTime(),
                        stamps.get(i - 1).genTime());
            }
            Instant until = i + 1 < stamps.size() ? stamps.get(i + 1).genTime() : context.validationTime();
            Finding chain = ChainJudgement.judge("@noun.archiveTsaCertificate", s.tsaChain(), until, true);
            if (chain.result() != CheckResult.PASSED) {
                return chain;
            }
        }
        return Finding.passed("evidence.passed", e.proofOfExistence(), stamps.size(),
                stamps.get(stamps.size() - 1).tsa().subject());
    }
}
