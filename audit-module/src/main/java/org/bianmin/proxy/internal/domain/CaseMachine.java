package org.bianmin.proxy.internal.domain;

import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.CaseState;

/**
 * Guards every move of a case against the {@link CaseState} machine: a move the machine does not
 * allow is refused with {@code CASE_WRONG_STATE} and a message saying which step the case allows
 * next (the names of the REST paths and Gogo commands), so an agent knows what to do.
 */
public final class CaseMachine {
    private CaseMachine() {
    }

    /** Fails unless a case in {@code from} may move to {@code to}. */
    public static void require(String caseId, CaseState from, CaseState to) {
        if (!from.canMoveTo(to)) {
            List<String> steps = steps(from);
            throw new BianminException(ErrorCode.CASE_WRONG_STATE, "case " + caseId + " is " + from
                    + " and cannot become " + to + (steps.isEmpty() ? "; it is closed"
                    : "; the step allowed next is " + String.join(" or ", steps)
                    + (from == CaseState.RETURNED ? " (once the applicant brings what the one-time notice listed)"
                    : "")));
        }
    }

    /** The steps a case in {@code state} may take, by the names the REST API and the shell use. */
    static List<String> steps(CaseState state) {
        return switch (state) {
            case RECEIVED -> List.of("check");
            case RETURNED -> List.of("resubmit");
            case CHECKED -> List.of("forward");
            case FORWARDED -> List.of("start");
            case IN_PROGRESS -> List.of("complete", "reject");
            case DONE, REJECTED -> List.of("answer");
            case ANSWERED -> List.of();
        };
    }
}
