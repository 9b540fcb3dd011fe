package org.bianmin.catalogue.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianmin.catalogue.spi.WorkingDayCalendar;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days and deadlines over the shipped State Council calendars (issue §6). */
class CalendarWorkingDaysTest {
    private final CalendarWorkingDays days = new CalendarWorkingDays(List.of(OfficialCalendar.shipped()));

    @Test
    void aDeadlineRunsAcrossNationalDayGoldenWeekAndItsAdjustedSaturday() {
        // 2025: 10-01..10-08 off (国庆节、中秋节), Sunday 09-28 and Saturday 10-11 are working days
        LocalDate received = LocalDate.of(2025, 9, 30);
        assertEquals(LocalDate.of(2025, 10, 9), days.deadline(received, 1));
        assertEquals(LocalDate.of(2025, 10, 11), days.deadline(received, 3), "the adjusted Saturday counts");
        assertEquals(LocalDate.of(2025, 10, 14), days.deadline(received, 5));
        assertEquals(LocalDate.of(2025, 9, 28), days.deadline(LocalDate.of(2025, 9, 26), 1), "adjusted Sunday");
        assertEquals(5, days.workingDaysBetween(received, LocalDate.of(2025, 10, 14)));
    }

    @Test
    void aDeadlineRunsAcrossTheSpringFestivalAndIntoTheNextYear() {
        // 2026 春节: 02-15..02-23 off, Saturdays 02-14 and 02-28 are working days
        assertEquals(LocalDate.of(2026, 2, 14), days.deadline(LocalDate.of(2026, 2, 13), 1));
        assertEquals(LocalDate.of(2026, 2, 24), days.deadline(LocalDate.of(2026, 2, 13), 2));
        // 2025-12-31 + 2: 2026-01-01..03 off, Sunday 01-04 works
        assertEquals(LocalDate.of(2026, 1, 5), days.deadline(LocalDate.of(2025, 12, 31), 2));
        assertEquals(LocalDate.of(2025, 12, 31), days.deadline(LocalDate.of(2025, 12, 31), 0));
    }

    /**
     * Counted by hand from each notice: weekdays of the year, minus holidays falling on weekdays,
     * plus adjusted working days (e.g. 2025: 261 - 18 + 5 = 248).
     */
    @ParameterizedTest
    @CsvSource({
        "2021, 250", "2022, 249", "2023, 249", "2024, 251", "2025, 248", "2026, 248"
    })
    void eachShippedYearHasTheWorkingDaysItsNoticeImplies(int year, int expected) {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (days.isWorkingDay(day)) {
                count++;
            }
        }
        assertEquals(expected, count);
    }

    @Test
    void everyAdjustedWorkingDayIsAWeekendDay() {
        for (int year = 2021; year <= 2026; year++) {
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (weekend && days.isWorkingDay(day)) {
                    assertTrue(day.getMonthValue() <= 10, day + " is an adjusted working day");
                }
            }
        }
        assertFalse(days.isWorkingDay(LocalDate.of(2024, 2, 10)), "春节");
        assertTrue(days.isWorkingDay(LocalDate.of(2024, 2, 18)), "Sunday worked after 春节 2024");
        assertFalse(days.isWorkingDay(LocalDate.of(2023, 4, 5)), "清明节 2023 on a Wednesday");
    }

    @Test
    void yearsWithoutANoticeAreNotGuessed() {
        BianminException e = assertThrows(BianminException.class, () -> days.deadline(LocalDate.of(2026, 12, 30), 5));
        assertEquals(ErrorCode.CALENDAR_NOT_COVERED, e.code());
        assertTrue(e.getMessage().contains("2027"), e.getMessage());
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class,
                () -> days.deadline(LocalDate.of(2025, 1, 2), -1)).code());
    }

    @Test
    void aDeploymentAddsYearsAndAnSpiCalendarComesFirst(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2027.calendar"), """
                # a deployment's file
                year 2027
                source test notice
                holiday 2027-01-01 元旦
                workday 2027-01-03 test
                """);
        OfficialCalendar calendar = OfficialCalendar.withDirectory(dir);
        assertEquals("test notice", calendar.sources().get(2027));
        WorkingDayCalendar deployment = date -> date.equals(LocalDate.of(2027, 1, 4)) ? Optional.of(false)
                : Optional.empty();
        CalendarWorkingDays withDeployment = new CalendarWorkingDays(List.of(deployment, calendar));
        assertTrue(withDeployment.isWorkingDay(LocalDate.of(2027, 1, 3)));
        assertFalse(withDeployment.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertFalse(withDeployment.isWorkingDay(LocalDate.of(2027, 1, 4)), "the SPI calendar decides first");
        assertEquals(LocalDate.of(2027, 1, 5), withDeployment.deadline(LocalDate.of(2026, 12, 31), 2));
    }

    @Test
    void badCalendarFilesNameTheirLine() {
        BianminException e = assertThrows(BianminException.class,
                () -> CalendarFile.parse("year 2027\nworkday 2027-01-04\n", "x.calendar"));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
        assertTrue(e.getMessage().contains("x.calendar line 2"), e.getMessage());
        assertEquals(ErrorCode.CONFIGURATION_INVALID, assertThrows(BianminException.class,
                () -> CalendarFile.parse("year 2027\nholiday 2026-12-31\n", "y")).code());
    }
}
