package org.bianmin.catalogue;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Working-day arithmetic for statutory and promised time limits (法定/承诺办结时限), from the deployment's
 * calendar: weekends, public holidays and adjusted working days (调休) as the State Council's yearly
 * notice (国务院办公厅关于…部分节假日安排的通知) fixes them.
 */
@ProviderType
public interface WorkingDays {
    /**
     * Whether {@code date} is a working day: from the year's official notice where it is loaded,
     * otherwise provisionally from the statutory holiday rules (see {@link Deadline#provisional()}).
     * Fails with {@code CALENDAR_NOT_COVERED} only before the first year the rules cover.
     */
    boolean isWorkingDay(LocalDate date);

    /** Whether {@code date}'s year is reckoned from its official notice rather than provisionally. */
    boolean isOfficial(LocalDate date);

    /**
     * The deadline of a case received on {@code received} with a limit of {@code days} working days:
     * counting starts the day after receipt, so the deadline is the {@code days}-th working day after
     * {@code received} ({@code received} itself when {@code days} is 0).
     */
    default LocalDate deadline(LocalDate received, int days) {
        return dueDate(received, days).date();
    }

    /** {@link #deadline}, saying whether a day it counted lies in a provisional year. */
    Deadline dueDate(LocalDate received, int days);

    /** The working days after {@code from} up to and including {@code to} (0 when {@code to} is not later). */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
