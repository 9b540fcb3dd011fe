package org.bianmin.catalogue.internal.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public holidays of all citizens (全体公民放假的节日) fixed by 《全国年节及纪念日放假办法》, in
 * the version in force in a year. The State Council's yearly notice then joins them to weekends and
 * moves working days (调休); that part is known only from the notice.
 */
enum HolidayRules {
    /** 国务院令第513号 (2007), in force 2008–2013: 春节 3 days from New Year's Eve. */
    MEASURES_2007(2008, "《全国年节及纪念日放假办法》（2007年修订，国务院令第513号）", 3, true, 1),
    /** 国务院令第644号 (2013), in force 2014–2024: 春节 3 days from 正月初一, 劳动节 1 day. */
    MEASURES_2013(2014, "《全国年节及纪念日放假办法》（2013年修订，国务院令第644号）", 3, false, 1),
    /** 国务院令第795号 (2024), in force from 2025: 春节 4 days from New Year's Eve, 劳动节 2 days. */
    MEASURES_2024(2025, "《全国年节及纪念日放假办法》（2024年修订，国务院令第795号）", 4, true, 2);

    private final int firstYear;
    private final String title;
    private final int springFestivalDays;
    private final boolean springFestivalFromEve;
    private final int labourDays;

    HolidayRules(int firstYear, String title, int springFestivalDays, boolean springFestivalFromEve, int labourDays) {
        this.firstYear = firstYear;
        this.title = title;
        this.springFestivalDays = springFestivalDays;
        this.springFestivalFromEve = springFestivalFromEve;
        this.labourDays = labourDays;
    }

    /** The first year any version covers. */
    static int firstYear() {
        return MEASURES_2007.firstYear;
    }

    /** The version in force in {@code year}, or null before the first. */
    static HolidayRules inForce(int year) {
        HolidayRules found = null;
        for (HolidayRules rules : values()) {
            if (year >= rules.firstYear) {
                found = rules;
            }
        }
        return found;
    }

    /** The measures' title and document number. */
    String title() {
        return title;
    }

    /** The statutory holiday dates of {@code year} with the festival each belongs to, in date order. */
    Map<LocalDate, String> holidays(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "元旦");
        LocalDate spring = LunarDates.springFestival(year);
        LocalDate springStart = springFestivalFromEve ? spring.minusDays(1) : spring;
        for (int i = 0; i < springFestivalDays; i++) {
            days.put(springStart.plusDays(i), "春节");
        }
        days.put(SolarTerms.qingming(year), "清明节");
        for (int i = 0; i < labourDays; i++) {
            days.put(LocalDate.of(year, 5, 1 + i), "劳动节");
        }
        days.put(LunarDates.of(year, 5, 5), "端午节");
        days.put(LunarDates.of(year, 8, 15), "中秋节");
        for (int i = 0; i < 3; i++) {
            days.put(LocalDate.of(year, 10, 1 + i), "国庆节");
        }
        return days;
    }
}
