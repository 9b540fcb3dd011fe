package org.bianmin.standards.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bianmin.proxy.ReportingPeriod;

/**
 * Whether something the plan asks for "regularly" (定期) happened often enough in a period: there is
 * at least one occurrence, and no stretch of the period longer than the interval passed without
 * one. A stretch before the first occurrence counts from the last occurrence before the period, or
 * from the period's start when none is known.
 */
final class Recurrence {
    private Recurrence() {
    }

    /** The longest stretch without an occurrence, in days, or -1 when there is none at all. */
    static long longestGap(List<LocalDate> dates, ReportingPeriod period) {
        List<LocalDate> known = dates.stream().filter(date -> !date.isAfter(period.to())).sorted().toList();
        if (known.isEmpty()) {
            return -1;
        }
        LocalDate previous = period.from();
        for (LocalDate date : known) {
            if (date.isBefore(period.from())) {
                previous = date;
            }
        }
        long longest = 0;
        for (LocalDate date : known) {
            if (!date.isBefore(period.from())) {
                longest = Math.max(longest, ChronoUnit.DAYS.between(previous, date));
                previous = date;
            }
        }
        return Math.max(longest, ChronoUnit.DAYS.between(previous, period.to()));
    }

    /** A sentence on the dates, for a rule's detail. */
    static String describe(List<LocalDate> dates, ReportingPeriod period, long gap, int interval) {
        long inPeriod = dates.stream().filter(period::contains).count();
        return inPeriod + " in " + period + (gap < 0 ? ", none ever recorded" : ", longest gap " + gap + " days")
                + "; allowed at most " + interval + " days";
    }
}
