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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bianmin.catalogue.CalendarYearStatus;
import org.bianmin.catalogue.spi.WorkingDayCalendar;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The official calendar years at one moment: those the module ships (one resource file per year under
 * {@code org/bianmin/catalogue/internal/calendar/}, listed in {@code years.list}), over them the year
 * files ({@code *.calendar}) of a deployment's directory, over those the years an administrator loaded.
 * Immutable; {@code CalendarBook} makes a new one when a source changes.
 */
public final class OfficialCalendar implements WorkingDayCalendar {
    private static final String FOLDER = "org/bianmin/catalogue/internal/calendar/";

    private final Map<Integer, OfficialYear> years;

    private OfficialCalendar(Map<Integer, OfficialYear> years) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
    }

    /** The shipped years only. */
    public static OfficialCalendar shipped() {
        return of(List.of(loadShipped()));
    }

    /** The years of {@code layers}, a later layer's year replacing an earlier one's. */
    public static OfficialCalendar of(List<Map<Integer, OfficialYear>> layers) {
        Map<Integer, OfficialYear> years = new TreeMap<>();
        layers.forEach(years::putAll);
        return new OfficialCalendar(years);
    }

    /** The years the bundle ships. */
    public static Map<Integer, OfficialYear> loadShipped() {
        Map<Integer, OfficialYear> years = new TreeMap<>();
        for (String name : resource(FOLDER + "years.list").split("\\R")) {
            String file = name.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                CalendarYear year = CalendarFile.parse(resource(FOLDER + file), file);
                years.put(year.year(), new OfficialYear(year,
                        new CalendarYearStatus(year.year(), year.source(), "shipped", null, null)));
            }
        }
        return years;
    }

    /** The year files of {@code directory}; none when it is null or does not exist. */
    public static Map<Integer, OfficialYear> loadDirectory(Path directory) {
        Map<Integer, OfficialYear> years = new TreeMap<>();
        if (directory == null || !Files.isDirectory(directory)) {
            return years;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.calendar")) {
            for (Path file : files) {
                CalendarYear year = CalendarFile.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                years.put(year.year(), new OfficialYear(year, new CalendarYearStatus(year.year(), year.source(),
                        "directory " + file, Files.getLastModifiedTime(file).toInstant(), null)));
            }
        } catch (IOException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "cannot read calendar files in " + directory + ": " + e.getMessage(), e);
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
        OfficialYear year = years.get(date.getYear());
        return year == null ? Optional.empty() : Optional.of(year.calendar().isWorkingDay(date));
    }

    /** The years covered, in order. */
    public List<CalendarYearStatus> statuses() {
        return years.values().stream().map(OfficialYear::status).toList();
    }

    /** The year {@code year}, if official. */
    public Optional<OfficialYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }
}
