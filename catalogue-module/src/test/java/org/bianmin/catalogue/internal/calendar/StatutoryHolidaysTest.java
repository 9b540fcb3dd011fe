package org.bianmin.catalogue.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statutory holiday rules (《全国年节及纪念日放假办法》) against the State Council notices the
 * module ships: what the rules compute must be a day off in each official year, with the version in
 * force that year (2013 until 2024, the 2024 revision from 2025).
 */
class StatutoryHolidaysTest {
    private final OfficialCalendar official = OfficialCalendar.shipped();

    @ParameterizedTest
    @ValueSource(ints = {2021, 2022, 2023, 2024, 2025, 2026})
    void everyStatutoryHolidayIsADayOffInTheOfficialNotice(int year) {
        Map<LocalDate, String> statutory = ProvisionalCalendar.statutoryHolidays(year);
        assertEquals(year <= 2024 ? 11 : 13, statutory.size(), "holidays of " + year + ": " + statutory);
        statutory.forEach((day, festival) -> assertEquals(false, official.isWorkingDay(day).orElseThrow(),
                festival + " " + day + " is a working day in the " + year + " notice"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2021, 2022, 2023, 2024, 2025, 2026})
    void aProvisionalYearDiffersFromItsNoticeOnlyByTheMovedDays(int year) {
        CalendarYear provisional = new ProvisionalCalendar().year(year);
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            boolean officialWorks = official.isWorkingDay(day).orElseThrow();
            if (!provisional.isWorkingDay(day) && !CalendarYear.isWeekend(day)) {
                assertFalse(officialWorks, day + ": a weekday the rules make a day off (or 补假) works in the notice");
            }
            if (officialWorks != provisional.isWorkingDay(day)) {
                // The notice joins holidays to weekends by moving days: an extra day off on a weekday is
                // paid for by a weekend day worked, never the other way round.
                assertTrue(officialWorks ? CalendarYear.isWeekend(day) : !CalendarYear.isWeekend(day),
                        day + " differs in a way a 调休 cannot explain");
            }
        }
    }

    @Test
    void theRulesInForceChangeWithTheRevisions() {
        // 2013 version: 春节 正月初一..初三, 劳动节 1 day; 2024 revision: 除夕 + 3 days, 劳动节 2 days
        assertEquals(List.of(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 11), LocalDate.of(2024, 2, 12)),
                festival(2024, "春节"));
        assertEquals(List.of(LocalDate.of(2024, 5, 1)), festival(2024, "劳动节"));
        assertEquals(List.of(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30),
                LocalDate.of(2025, 1, 31)), festival(2025, "春节"));
        assertEquals(List.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2)), festival(2025, "劳动节"));
        // 2007 version (2008–2013): 春节 from 除夕, 3 days
        assertEquals(List.of(LocalDate.of(2013, 2, 9), LocalDate.of(2013, 2, 10), LocalDate.of(2013, 2, 11)),
                festival(2013, "春节"));
    }

    /** Dates of the lunar festivals and of 清明 as the almanacs print them. */
    @ParameterizedTest
    @CsvSource({
        "2015, 2015-02-19, 2015-04-05, 2015-06-20, 2015-09-27",
        "2016, 2016-02-08, 2016-04-04, 2016-06-09, 2016-09-15",
        "2019, 2019-02-05, 2019-04-05, 2019-06-07, 2019-09-13",
        "2020, 2020-01-25, 2020-04-04, 2020-06-25, 2020-10-01",
        "2027, 2027-02-06, 2027-04-05, 2027-06-09, 2027-09-15",
        "2028, 2028-01-26, 2028-04-04, 2028-05-28, 2028-10-03",
    })
    void lunarFestivalsAndQingmingFallOnTheirAlmanacDates(int year, LocalDate spring, LocalDate qingming,
            LocalDate duanwu, LocalDate midAutumn) {
        assertEquals(spring, LunarDates.springFestival(year));
        assertEquals(qingming, SolarTerms.qingming(year));
        assertEquals(duanwu, LunarDates.of(year, 5, 5));
        assertEquals(midAutumn, LunarDates.of(year, 8, 15));
    }

    @Test
    void aHolidayOnAWeekendIsMadeUpOnTheNextWorkingDay() {
        // 2028: 元旦 on a Saturday → Monday 01-03 off; 国庆 10-01 Sunday → after 10-03 (Tuesday) comes Wednesday 10-04
        CalendarYear year = new ProvisionalCalendar().year(2028);
        assertFalse(year.isWorkingDay(LocalDate.of(2028, 1, 3)));
        assertTrue(year.isWorkingDay(LocalDate.of(2028, 1, 4)));
        assertFalse(year.isWorkingDay(LocalDate.of(2028, 10, 4)));
        assertTrue(year.isWorkingDay(LocalDate.of(2028, 10, 5)));
        assertFalse(year.official());
        assertTrue(year.source().contains("国务院令第795号"), year.source());
    }

    private static List<LocalDate> festival(int year, String name) {
        return ProvisionalCalendar.statutoryHolidays(year).entrySet().stream()
                .filter(entry -> entry.getValue().equals(name)).map(Map.Entry::getKey).toList();
    }
}
