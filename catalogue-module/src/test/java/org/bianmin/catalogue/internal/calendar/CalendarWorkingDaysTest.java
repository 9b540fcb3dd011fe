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
import org.bianmin.catalogue.Deadline;
import org.bianmin.catalogue.spi.WorkingDayCalendar;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days and deadlines over the shipped State Council calendars. */
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
    void yearsWithoutANoticeAreReckonedProvisionallyNotRefused() {
        // 2027 has no notice: 01-01 (元旦, a Friday) off by the statutory rules, then the weekend
        Deadline due = days.dueDate(LocalDate.of(2026, 12, 30), 5);
        assertEquals(new Deadline(LocalDate.of(2027, 1, 7), true), due);
        assertEquals(new Deadline(LocalDate.of(2026, 12, 31), false), days.dueDate(LocalDate.of(2026, 12, 30), 1),
                "a deadline inside official years is final");
        assertFalse(days.isOfficial(LocalDate.of(2027, 1, 1)));
        assertTrue(days.isOfficial(LocalDate.of(2026, 12, 31)));
        assertFalse(days.isWorkingDay(LocalDate.of(2027, 10, 1)), "国庆节 by the rules");
        BianminException before = assertThrows(BianminException.class,
                () -> days.isWorkingDay(LocalDate.of(2007, 6, 1)));
        assertEquals(ErrorCode.CALENDAR_NOT_COVERED, before.code());
        assertTrue(before.getMessage().contains("2008"), before.getMessage());
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class,
                () -> days.deadline(LocalDate.of(2025, 1, 2), -1)).code());
    }

    @Test
    void aDeploymentAddsYearsAndAnSpiCalendarComesFirst(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2027.calendar"), """
                # a deployment's file
                year 2027
                source 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕99号）
                holiday 2027-01-01 元旦
                workday 2027-01-03 test
                """);
        OfficialCalendar calendar = OfficialCalendar.of(List.of(OfficialCalendar.loadShipped(),
                OfficialCalendar.loadDirectory(dir)));
        assertEquals("国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕99号）",
                calendar.year(2027).orElseThrow().status().source());
        assertTrue(calendar.year(2027).orElseThrow().status().origin().startsWith("directory "));
        WorkingDayCalendar deployment = date -> date.equals(LocalDate.of(2027, 1, 4)) ? Optional.of(false)
                : Optional.empty();
        CalendarWorkingDays withDeployment = new CalendarWorkingDays(List.of(deployment, calendar));
        assertTrue(withDeployment.isWorkingDay(LocalDate.of(2027, 1, 3)));
        assertFalse(withDeployment.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertFalse(withDeployment.isWorkingDay(LocalDate.of(2027, 1, 4)), "the SPI calendar decides first");
        assertEquals(new Deadline(LocalDate.of(2027, 1, 5), false), withDeployment.dueDate(LocalDate.of(2026, 12, 31), 2),
                "the loaded year is official");
    }

    /** Each refused file, its lines separated by '/': where the error points and what it says. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "year 2027/source 国办发明电〔2026〕1号/workday 2027-01-04; x line 3; only a weekend day",
        "year 2027/source 国办发明电〔2026〕1号/holiday 2026-12-31; x line 3; not in 2027",
        "year 2027/source 国办发明电〔2026〕1号/holiday 2027-02-30; x line 3; expected a date",
        "year 2027/source 国办发明电〔2026〕1号/holiday 2027-05-05..2027-05-01; x line 3; ends before it starts",
        "year 2027/source 国办发明电〔2026〕1号/ferie 2027-05-01; x line 3; unknown entry",
        "holiday 2027-01-01/year 2027; x line 1; must come first",
        "year twenty; x line 1; expected a year",
        "year 2027/source 国务院办公厅的通知; x line 2; no document number",
        "year 2027/holiday 2027-01-01; x; names no source",
        "year 2027/source 国办发明电〔2026〕1号/holiday 2027-01-02/workday 2027-01-02; x; both as holiday and as workday",
        "source 国办发明电〔2026〕1号; x; names no year",
        "' '; x; empty",
    })
    void aBadCalendarFileIsRefusedWholeNamingItsLine(String lines, String where, String problem) {
        BianminException e = assertThrows(BianminException.class,
                () -> CalendarFile.parse(lines.replace('/', '\n'), "x"));
        assertEquals(ErrorCode.CALENDAR_FILE_INVALID, e.code());
        assertTrue(e.getMessage().startsWith("calendar " + where + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void anOversizedCalendarFileIsRefusedBeforeItIsRead() {
        String text = "year 2027\n" + "#".repeat(CalendarFile.MAX_LENGTH);
        assertEquals(ErrorCode.CALENDAR_FILE_INVALID,
                assertThrows(BianminException.class, () -> CalendarFile.parse(text, "big")).code());
    }
}
