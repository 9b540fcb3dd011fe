package org.bianmin.catalogue.internal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.catalogue.spi.WorkingDayCalendar;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;

/**
 * Working-day arithmetic over calendars asked in order (a deployment's first, the shipped years
 * last); the first that covers a date decides. A date no calendar covers fails with
 * {@code CALENDAR_NOT_COVERED} rather than being guessed.
 */
public final class CalendarWorkingDays implements WorkingDays {
    /** Time limits longer than this many working days are refused as mistakes. */
    static final int MAX_DAYS = 3650;

    private final List<WorkingDayCalendar> calendars;

    public CalendarWorkingDays(List<? extends WorkingDayCalendar> calendars) {
        this.calendars = List.copyOf(calendars);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Checks.required(date, "date");
        for (WorkingDayCalendar calendar : calendars) {
            Optional<Boolean> answer = calendar.isWorkingDay(date);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        throw new BianminException(ErrorCode.CALENDAR_NOT_COVERED, "no calendar covers " + date.getYear()
                + ": add that year's holiday notice as a calendar file");
    }

    @Override
    public LocalDate deadline(LocalDate received, int days) {
        Checks.required(received, "date of receipt");
        Checks.nonNegative(days, "working days");
        if (days > MAX_DAYS) {
            throw BianminException.invalid("a time limit of " + days + " working days is not plausible");
        }
        LocalDate day = received;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Checks.required(from, "from");
        Checks.required(to, "to");
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
