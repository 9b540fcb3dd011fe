package org.bianmin.catalogue.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * One calendar year: the holidays (放假, including the days joined to them by adjustment) and the
 * weekend days that are working days instead (调休上班). Any other Saturday and Sunday is a rest day;
 * any other weekday a working day. An official year comes from the State Council's notice on that
 * year's public holidays (国务院办公厅关于…部分节假日安排的通知); a provisional one from the statutory
 * rules alone ({@link ProvisionalCalendar}).
 *
 * @param year     the year
 * @param source   the notice it comes from (title and document number), or the rules it was computed from
 * @param holidays dates that are not working days although they may be weekdays
 * @param workdays weekend dates that are working days
 * @param official whether it comes from the year's notice
 */
public record CalendarYear(int year, String source, Set<LocalDate> holidays, Set<LocalDate> workdays,
        boolean official) {
    public CalendarYear {
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
    }

    /** Whether {@code date} (in this year) is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        if (holidays.contains(date)) {
            return false;
        }
        if (workdays.contains(date)) {
            return true;
        }
        return !isWeekend(date);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
