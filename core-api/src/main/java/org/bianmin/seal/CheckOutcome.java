package org.bianmin.seal;

import java.util.List;
import org.bianmin.core.Checks;

/**
 * The outcome of one check (校验项结果): its result, a sub-indication when it did not pass, and a
 * detail a person can act on. The detail is given in English; {@code messageKey} and
 * {@code arguments} let a report render it in another language (zh, en).
 *
 * @param id             which check
 * @param result         PASSED, FAILED, INDETERMINATE or NOT_APPLICABLE
 * @param subIndication  why it did not pass; null when PASSED or NOT_APPLICABLE
 * @param messageKey     the key of the detail in the report message bundles
 * @param arguments      the values the message refers to
 * @param detail         the message rendered in English
 * @param severity       what the policy made of this check
 */
public record CheckOutcome(CheckId id, CheckResult result, SubIndication subIndication, String messageKey,
        List<String> arguments, String detail, CheckSeverity severity) {
    public CheckOutcome {
        Checks.required(id, "check id");
        Checks.required(result, "check result");
        Checks.text(messageKey, "message key");
        arguments = Checks.list(arguments, "message arguments");
        Checks.required(detail, "detail");
        Checks.required(severity, "severity");
        if ((result == CheckResult.FAILED || result == CheckResult.INDETERMINATE) != (subIndication != null)) {
            throw org.bianmin.core.BianminException.invalid(
                    "a FAILED or INDETERMINATE check has a sub-indication, any other has none: " + id + " " + result);
        }
    }

    /** Whether this outcome decides the indication: a FAIL-severity check that did not pass. */
    public boolean decisive() {
        return severity == CheckSeverity.FAIL
                && (result == CheckResult.FAILED || result == CheckResult.INDETERMINATE);
    }
}
