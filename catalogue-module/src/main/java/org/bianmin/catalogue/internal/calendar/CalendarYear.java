package org.bianmin.catalogue.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the official calendar, from the State Council's notice on that year's public holidays
 * (国务院办公厅关于…部分节假日安排的通知): the holidays (放假, including the days joined to them by
 * adjustment) and the weekend days that are working days instead (调休上班). Any other Saturday and
 * Sunday is a rest day; any other weekday a working day.
 *
 * @param year     the year
 * @param source   the notice it comes from, e.g. its title and document number
 * @param holidays dates that are not working days although they may be weekdays
 * @param workdays weekend dates that are working days
 */
public record CalendarYear(int year, String source, Set<LocalDate> holidays, Set<LocalDate> workdays) {
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
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
