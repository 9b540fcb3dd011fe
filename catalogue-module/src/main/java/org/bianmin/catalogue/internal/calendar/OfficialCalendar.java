package org.bianmin.catalogue.internal.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bianmin.catalogue.spi.WorkingDayCalendar;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The calendar years the module ships (one resource file per year under
 * {@code org/bianmin/catalogue/internal/calendar/}, listed in {@code years.list}), plus the year files
 * ({@code *.calendar}) of a deployment's directory, which add years or replace shipped ones.
 */
public final class OfficialCalendar implements WorkingDayCalendar {
    private static final String FOLDER = "org/bianmin/catalogue/internal/calendar/";

    private final Map<Integer, CalendarYear> years;

    private OfficialCalendar(Map<Integer, CalendarYear> years) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
    }

    /** The shipped years only. */
    public static OfficialCalendar shipped() {
        return new OfficialCalendar(loadShipped());
    }

    /** The shipped years, then those of {@code directory} (when it exists) over them. */
    public static OfficialCalendar withDirectory(Path directory) {
        Map<Integer, CalendarYear> years = loadShipped();
        if (directory != null && Files.isDirectory(directory)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.calendar")) {
                for (Path file : files) {
                    CalendarYear year = CalendarFile.parse(Files.readString(file, StandardCharsets.UTF_8),
                            file.toString());
                    years.put(year.year(), year);
                }
            } catch (IOException e) {
                throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                        "cannot read calendar files in " + directory + ": " + e.getMessage(), e);
            }
        }
        return new OfficialCalendar(years);
    }

    private static Map<Integer, CalendarYear> loadShipped() {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        for (String name : resource(FOLDER + "years.list").split("\\R")) {
            String file = name.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                CalendarYear year = CalendarFile.parse(resource(FOLDER + file), file);
                years.put(year.year(), year);
            }
        }
        return years;
    }

    private static String resource(String name) {
        try (InputStream in = OfficialCalendar.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing calendar resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Boolean> isWorkingDay(LocalDate date) {
        CalendarYear year = years.get(date.getYear());
        return year == null ? Optional.empty() : Optional.of(year.isWorkingDay(date));
    }

    /** The years covered, with the notice each comes from. */
    public Map<Integer, String> sources() {
        Map<Integer, String> sources = new TreeMap<>();
        years.forEach((year, calendar) -> sources.put(year, calendar.source()));
        return sources;
    }
}
