package org.bianmin.proxy.internal.domain;

import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.CaseState;

/**
 * Guards every move of a case against the {@link CaseState} machine: a move the machine does not
 * allow is refused with {@code CASE_WRONG_STATE} and a message saying what the case needs first.
 */
public final class CaseMachine {
    private CaseMachine() {
    }

    /** Fails unless a case in {@code from} may move to {@code to}. */
    public static void require(String caseId, CaseState from, CaseState to) {
        if (!from.canMoveTo(to)) {
            throw new BianminException(ErrorCode.CASE_WRONG_STATE, "case " + caseId + " is " + from
                    + " and cannot become " + to + (from.next().isEmpty() ? "; it is closed"
                    : "; from " + from + " it can only become " + from.next()));
        }
    }
}
