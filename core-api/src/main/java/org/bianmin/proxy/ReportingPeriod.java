package org.bianmin.proxy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;

/**
 * A span of calendar days, both ends included, over which indicators and reports are computed.
 *
 * @param from first day
 * @param to   last day, not before {@code from}
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {
    public ReportingPeriod {
        Checks.required(from, "from");
        Checks.required(to, "to");
        if (to.isBefore(from)) {
            throw new BianminException(ErrorCode.DATE_RANGE_INVALID,
                    "the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The period of the given days. */
    public static ReportingPeriod of(LocalDate from, LocalDate to) {
        return new ReportingPeriod(from, to);
    }

    /** Whether {@code date} lies in the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The number of days in the period. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
