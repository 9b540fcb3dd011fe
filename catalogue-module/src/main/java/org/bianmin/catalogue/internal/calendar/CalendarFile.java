package org.bianmin.catalogue.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * Reads a calendar year file (format in the module README): UTF-8 text, one entry a line, {@code #}
 * starts a comment.
 * <pre>
 * year 2025
 * source 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）
 * holiday 2025-10-01..2025-10-08 国庆节、中秋节
 * workday 2025-09-28 国庆节调休
 * </pre>
 * A {@code holiday} is one date or an inclusive range; a {@code workday} must fall on a weekend; every
 * date lies in the file's year; no date is both; the {@code source} names the notice with its document
 * number (…〔2025〕7号). A file that breaks any of these is refused whole with
 * {@code CALENDAR_FILE_INVALID} naming the file and the line.
 */
public final class CalendarFile {
    /** A Chinese document number: issuer, year in 〔〕, number, 号 (GB/T 9704-2012 §7.2.3). */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("〔\\d{4}〕\\d+号");
    /** A year file is a page of text; a larger upload is refused before it is read. */
    public static final int MAX_LENGTH = 64 * 1024;

    private CalendarFile() {
    }

    public static CalendarYear parse(String text, String origin) {
        if (text == null || text.isBlank()) {
            throw fail(origin, "the file is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw fail(origin, "the file has " + text.length() + " characters; a year file has at most " + MAX_LENGTH);
        }
        Integer year = null;
        String source = null;
        int sourceLine = 0;
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String where = origin + " line " + (i + 1);
            String[] words = content.split("\\s+", 3);
            switch (words[0]) {
                case "year" -> year = number(words, where);
                case "source" -> {
                    source = content.substring("source".length()).strip();
                    sourceLine = i + 1;
                }
                case "holiday" -> {
                    requireYear(year, where);
                    addRange(holidays, argument(words, where), year, where);
                }
                case "workday" -> {
                    requireYear(year, where);
                    LocalDate date = date(argument(words, where), year, where);
                    if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                        throw fail(where, "workday " + date + " is a " + date.getDayOfWeek()
                                + "; only a weekend day can be an adjusted working day");
                    }
                    workdays.add(date);
                }
                default -> throw fail(where, "unknown entry '" + words[0] + "' (expected year, source, holiday, workday)");
            }
        }
        if (year == null) {
            throw fail(origin, "the file names no year");
        }
        if (source == null) {
            throw fail(origin, "the file names no source: add a line 'source <the notice's title and document "
                    + "number, e.g. 国办发明电〔2025〕7号>'");
        }
        if (!DOCUMENT_NUMBER.matcher(source).find()) {
            throw fail(origin + " line " + sourceLine, "the source '" + source + "' has no document number like "
                    + "国办发明电〔2025〕7号");
        }
        Set<LocalDate> both = new HashSet<>(holidays);
        both.retainAll(workdays);
        if (!both.isEmpty()) {
            throw fail(origin, "dates listed both as holiday and as workday: " + both);
        }
        return new CalendarYear(year, source, holidays, workdays, true);
    }

    private static void requireYear(Integer year, String where) {
        if (year == null) {
            throw fail(where, "the 'year' line must come first");
        }
    }

    private static int number(String[] words, String where) {
        try {
            return Integer.parseInt(argument(words, where));
        } catch (NumberFormatException e) {
            throw fail(where, "expected a year, got '" + words[1] + "'");
        }
    }

    private static String argument(String[] words, String where) {
        if (words.length < 2) {
            throw fail(where, "'" + words[0] + "' needs a value");
        }
        return words[1];
    }

    private static void addRange(Set<LocalDate> into, String range, int year, String where) {
        int dots = range.indexOf("..");
        LocalDate first = date(dots < 0 ? range : range.substring(0, dots), year, where);
        LocalDate last = dots < 0 ? first : date(range.substring(dots + 2), year, where);
        if (last.isBefore(first)) {
            throw fail(where, "range " + range + " ends before it starts");
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            into.add(day);
        }
    }

    private static LocalDate date(String text, int year, String where) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(where, "expected a date yyyy-MM-dd, got '" + text + "'");
        }
        if (date.getYear() != year) {
            throw fail(where, date + " is not in " + year);
        }
        return date;
    }

    private static BianminException fail(String where, String problem) {
        return new BianminException(ErrorCode.CALENDAR_FILE_INVALID, "calendar " + where + ": " + problem);
    }
}
