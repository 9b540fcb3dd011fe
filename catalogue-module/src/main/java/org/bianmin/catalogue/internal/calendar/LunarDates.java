package org.bianmin.catalogue.internal.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;

/**
 * Dates of the Chinese lunisolar calendar (农历) in the Gregorian calendar (GB/T 33661-2017
 * 《农历的编算和颁行》, reckoned at Beijing time): which lunation is which month, leap months included,
 * from ICU4J's {@link ChineseCalendar}; the day each month begins from its new moon ({@link NewMoons}),
 * which ICU computes less exactly.
 */
final class LunarDates {
    /** The Julian day number of 1970-01-01, ICU's {@code JULIAN_DAY} field at epoch day 0. */
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
    private static final TimeZone BEIJING = TimeZone.getTimeZone("Asia/Shanghai");

    private LunarDates() {
    }

    /**
     * The Gregorian date of day {@code day} of the (non-leap) lunar month {@code month} in the lunar
     * year whose first day (正月初一) falls in Gregorian year {@code year}.
     */
    static LocalDate of(int year, int month, int day) {
        ChineseCalendar calendar = new ChineseCalendar(BEIJING);
        // 1 January always lies in the lunar year before the one that begins in this Gregorian year
        // (正月初一 falls between 21 January and 20 February), whatever ICU's numbering of years.
        calendar.clear();
        calendar.set(Calendar.JULIAN_DAY, (int) (LocalDate.of(year, 1, 1).toEpochDay() + JULIAN_DAY_OF_EPOCH));
        int lunarYear = calendar.get(Calendar.EXTENDED_YEAR) + 1;
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, lunarYear);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        LocalDate monthStart = LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
        return NewMoons.dayOfNewMoonNear(monthStart).plusDays(day - 1L);
    }

    /** 春节: the first day of the first lunar month (正月初一) that falls in {@code year}. */
    static LocalDate springFestival(int year) {
        return of(year, 1, 1);
    }
}
