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
 * {@link SignatureReport}, as ETSI EN 319 102-1 §5.1.3 and the EU's DSS do it. The TIMESTAMP check
 * runs first because a token that passes sets the proof-of-existence time the others use. The
 * indication: TOTAL_FAILED when a FAIL-severity check FAILED (the sub-indication of the first, in
 * {@link CheckId} order), else INDETERMINATE when one was INDETERMINATE, else TOTAL_PASSED. A
 * validation time in the past acquits only with a proof of existence by then ({@link PastValidation}).
 */
public final class Judge {
    private static final List<Check> CHECKS = List.of(new FormatCheck(), new SignatureIntactCheck(),
            new DataIntactCheck(), new DataCoverageCheck(), new SealIntactCheck(), new SignerAuthorizedCheck(), new SealValidityCheck(),
            new SignerCertValidityCheck(), new SignerChainCheck(), new SignerRevocationCheck(),
            new SealMakerChainCheck(), new SealMakerRevocationCheck(), new SealStatusCheck(),
            new TimestampCheck());

    private Judge() {
    }

    /**
     * The report on {@code d} under {@code policy}, evaluated at {@code validationTime}; {@code now} tells
     * whether that time is in the past.
     */
    public static SignatureReport judge(SignatureDiagnostics d, ValidationPolicy policy, Instant validationTime,
            Instant now) {
        JudgementContext base = new JudgementContext(validationTime, null, policy.staleRevocationListsAccepted(),
                policy.revocationRequired());
        Finding timestamp = policy.severity(CheckId.TIMESTAMP) == CheckSeverity.IGNORE ? null
                : new TimestampCheck().evaluate(d, base);
        JudgementContext context = timestamp != null && timestamp.result() == CheckResult.PASSED
                ? base.withProofOfExistence(d.timestamp().genTime()) : base;
        PastValidation past = PastValidation.of(d, context, now);
        List<CheckOutcome> outcomes = new ArrayList<>(CHECKS.size());
        for (Check check : CHECKS) {
            CheckSeverity severity = policy.severity(check.id());
            Finding finding;
            if (severity == CheckSeverity.IGNORE) {
                finding = Finding.notApplicable("na.ignored");
            } else if (check.id() == CheckId.TIMESTAMP) {
                finding = timestamp;
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
