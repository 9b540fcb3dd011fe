package org.bianmin.catalogue.internal.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * Years whose State Council notice is not loaded, reckoned from what the law fixes
 * (《全国年节及纪念日放假办法》, {@link HolidayRules}): the statutory holidays are days off, and a
 * holiday that falls on a Saturday or Sunday is made up on the next working day (第六条: 适逢星期六、
 * 星期日，应当在工作日补假). The make-up working days (调休) that the notice adds are not known, so
 * every deadline counted through such a year is marked provisional and recomputed once the notice is
 * loaded.
 */
public final class ProvisionalCalendar {
    /** The last year reckoned; later dates are refused as mistakes rather than computed. */
    static final int LAST_YEAR = 2199;

    private final Map<Integer, CalendarYear> years = new ConcurrentHashMap<>();

    /** The provisional calendar of {@code year}; {@code CALENDAR_NOT_COVERED} outside the rules' years. */
    public CalendarYear year(int year) {
        if (year < HolidayRules.firstYear() || year > LAST_YEAR) {
            throw new BianminException(ErrorCode.CALENDAR_NOT_COVERED, "working days are reckoned for "
                    + HolidayRules.firstYear() + "–" + LAST_YEAR + " only; " + year + " is outside: load that "
                    + "year's holiday notice as a calendar file if it is really meant");
        }
        return years.computeIfAbsent(year, ProvisionalCalendar::compute);
    }

    /** The first year the statutory rules cover. */
    public static int firstYear() {
        return HolidayRules.firstYear();
    }

    private static CalendarYear compute(int year) {
        HolidayRules rules = HolidayRules.inForce(year);
        Set<LocalDate> statutory = rules.holidays(year).keySet();
        Set<LocalDate> off = new TreeSet<>(statutory);
        for (LocalDate holiday : statutory) {
            if (CalendarYear.isWeekend(holiday)) {
                LocalDate makeUp = holiday.plusDays(1);
                while (CalendarYear.isWeekend(makeUp) || off.contains(makeUp)) {
                    makeUp = makeUp.plusDays(1);
                }
                off.add(makeUp);
            }
        }
        return new CalendarYear(year, "provisional, from " + rules.title() + " without the year's 调休",
                off, Set.of(), false);
    }

    /** The statutory holiday dates of {@code year} under the rules then in force (no make-up days). */
    static Map<LocalDate, String> statutoryHolidays(int year) {
        return HolidayRules.inForce(year).holidays(year);
    }
}
