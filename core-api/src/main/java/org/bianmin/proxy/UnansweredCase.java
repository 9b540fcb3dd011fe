package org.bianmin.proxy;

import java.time.LocalDate;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;

/**
 * A case without an answer yet, as the "every case answered" report lists it (no personal data).
 *
 * @param caseId     the case
 * @param pointId    its point
 * @param township   its township
 * @param state      its state
 * @param receivedOn the day of receipt
 * @param ageDays    calendar days since receipt
 * @param deadline   the promised deadline, null before the check
 * @param deadlineProvisional whether the deadline (and so the overdue flag) is provisional: it counts
 *                   days of a year whose holiday notice is not loaded yet
 * @param overdue    whether it is past its deadline without a result
 * @param recordedLate whether it is a paper case entered late (its day of receipt is the paper's)
 */
public record UnansweredCase(String caseId, String pointId, DivisionCode township, CaseState state,
        LocalDate receivedOn, long ageDays, LocalDate deadline, boolean deadlineProvisional, boolean overdue,
        boolean recordedLate) {
    public UnansweredCase {
        Checks.text(caseId, "case id");
        Checks.text(pointId, "point id");
        Checks.required(township, "township");
        Checks.required(state, "state");
        Checks.required(receivedOn, "received on");
    }

    /** A case recorded as it was received (not entered late). */
    public UnansweredCase(String caseId, String pointId, DivisionCode township, CaseState state,
            LocalDate receivedOn, long ageDays, LocalDate deadline, boolean deadlineProvisional, boolean overdue) {
        this(caseId, pointId, township, state, receivedOn, ageDays, deadline, deadlineProvisional, overdue, false);
    }

    /** The age band. */
    public AgeBand ageBand() {
        return AgeBand.of(ageDays);
    }
}
