package org.bianmin.catalogue.internal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianmin.catalogue.Deadline;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.catalogue.spi.WorkingDayCalendar;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * Working-day arithmetic over official calendars asked in order (a deployment's first, the loaded and
 * shipped years last); the first that covers a date decides. A date no official calendar covers is
 * reckoned from the statutory rules ({@link ProvisionalCalendar}) and makes a deadline provisional,
 * never refused: a village agent's case moves on in December whether next year's notice is loaded
 * or not.
 */
public final class CalendarWorkingDays implements WorkingDays {
    /** Time limits longer than this many working days are refused as mistakes. */
    static final int MAX_DAYS = 3650;

    private final List<WorkingDayCalendar> calendars;
    private final ProvisionalCalendar provisional;

    /** Over {@code calendars}, provisional beyond them. */
    public CalendarWorkingDays(List<? extends WorkingDayCalendar> calendars) {
        this(calendars, new ProvisionalCalendar());
    }

    public CalendarWorkingDays(List<? extends WorkingDayCalendar> calendars, ProvisionalCalendar provisional) {
        this.calendars = List.copyOf(calendars);
        this.provisional = Checks.required(provisional, "provisional calendar");
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Checks.required(date, "date");
        return official(date).orElseGet(() -> provisional.year(date.getYear()).isWorkingDay(date));
    }

    @Override
    public boolean isOfficial(LocalDate date) {
        Checks.required(date, "date");
        return official(date).isPresent();
    }

    @Override
    public Deadline dueDate(LocalDate received, int days) {
        Checks.required(received, "date of receipt");
        Checks.nonNegative(days, "working days");
        if (days > MAX_DAYS) {
            throw BianminException.invalid("a time limit of " + days + " working days is not plausible");
        }
        LocalDate day = received;
        int counted = 0;
        boolean provisionalDays = false;
        while (counted < days) {
            day = day.plusDays(1);
            LocalDate current = day;
            Optional<Boolean> official = official(current);
            provisionalDays |= official.isEmpty();
            if (official.orElseGet(() -> provisional.year(current.getYear()).isWorkingDay(current))) {
                counted++;
            }
        }
        return new Deadline(day, provisionalDays);
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

    private Optional<Boolean> official(LocalDate date) {
        for (WorkingDayCalendar calendar : calendars) {
            Optional<Boolean> answer = calendar.isWorkingDay(date);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }
}
