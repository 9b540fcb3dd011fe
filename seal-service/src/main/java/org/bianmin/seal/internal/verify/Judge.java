package org.bianmin.seal.internal.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.CheckSeverity;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;

/**
 * The judgement: a pure function of (diagnostic data, validation policy, validation time) to a
 * {@link SignatureReport}, as ETSI EN 319 102-1 §5.1.3 and the EU's DSS do it. The EVIDENCE_RECORD
 * and then the TIMESTAMP check run first because what passes of them sets the proof-of-existence time
 * the others use (the earlier of the two); an evidence record that passes also proves that the time-stamp
 * token existed while its TSA certificate was valid (RFC 4998 §1.2: the record covers the whole signature,
 * token included). The
 * indication: TOTAL_FAILED when a FAIL-severity check FAILED (the sub-indication of the first, in
 * {@link CheckId} order), else INDETERMINATE when one was INDETERMINATE, else TOTAL_PASSED. A
 * validation time in the past acquits only with a proof of existence by then ({@link PastValidation}).
 */
public final class Judge {
    private static final List<Check> CHECKS = List.of(new FormatCheck(), new SignatureIntactCheck(),
            new DataIntactCheck(), new DataCoverageCheck(), new SealIntactCheck(), new SignerAuthorizedCheck(), new SealValidityCheck(),
            new SignerCertValidityCheck(), new SignerChainCheck(), new SignerRevocationCheck(),
            new SealMakerChainCheck(), new SealMakerRevocationCheck(), new SealStatusCheck(),
            new TimestampCheck(), new EvidenceRecordCheck());

    private Judge() {
    }

    private static boolean passed(Finding finding) {
        return finding != null && finding.result() == CheckResult.PASSED;
    }

    /**
     * The report on {@code d} under {@code policy}, evaluated at {@code validationTime}; {@code now} tells
     * whether that time is in the past.
     */
    public static SignatureReport judge(SignatureDiagnostics d, ValidationPolicy policy, Instant validationTime,
            Instant now) {
        JudgementContext base = new JudgementContext(validationTime, null, policy.staleRevocationListsAccepted(),
                policy.revocationRequired());
        Finding evidence = policy.severity(CheckId.EVIDENCE_RECORD) == CheckSeverity.IGNORE ? null
                : new EvidenceRecordCheck().evaluate(d, base);
        Instant archived = passed(evidence) ? d.evidence().proofOfExistence() : null;
        Finding timestamp = policy.severity(CheckId.TIMESTAMP) == CheckSeverity.IGNORE ? null
                : new TimestampCheck().evaluate(d, base.withProofOfExistence(archived));
        Instant poe = PastValidation.earliest(passed(timestamp) ? d.timestamp().genTime() : null, archived);
        JudgementContext context = poe != null ? base.withProofOfExistence(poe) : base;
        PastValidation past = PastValidation.of(d, context, now);
        List<CheckOutcome> outcomes = new ArrayList<>(CHECKS.size());
        for (Check check : CHECKS) {
            CheckSeverity severity = policy.severity(check.id());
            Finding finding;
            if (severity == CheckSeverity.IGNORE) {
                finding = Finding.notApplicable("na.ignored");
            } else if (check.id() == CheckId.TIMESTAMP) {
                finding = timestamp;
            } else if (check.id() == CheckId.EVIDENCE_RECORD) {
                finding = evidence;
            } else {
                finding = past.qualify(check.id(), check.evaluate(d, context));
            }
            outcomes.add(new CheckOutcome(check.id(), finding.result(), finding.subIndication(), finding.messageKey(),
                    finding.arguments(), Messages.render(Messages.EN, finding.messageKey(), finding.arguments()),
                    severity));
        }
        Indication indication = Indication.TOTAL_PASSED;
        SubIndication sub = null;
        for (CheckOutcome o : outcomes) {
            if (o.decisive() && o.result() == CheckResult.FAILED) {
                indication = Indication.TOTAL_FAILED;
                sub = o.subIndication();
                break;
            }
        }
        if (indication == Indication.TOTAL_PASSED) {
            for (CheckOutcome o : outcomes) {
                if (o.decisive()) {
                    indication = Indication.INDETERMINATE;
                    sub = o.subIndication();
                    break;
                }
            }
        }
        return new SignatureReport(d.signatureId(), d.format(), d.seal() == null ? null : d.seal().name(),
                d.seal() == null ? null : d.seal().esId(), d.signer() == null ? null : d.signer().subject(),
                d.claimedSigningTime(), indication, sub, outcomes, d.seal(), d.signer() == null ? null
                        : d.signer().details());
    }
}
