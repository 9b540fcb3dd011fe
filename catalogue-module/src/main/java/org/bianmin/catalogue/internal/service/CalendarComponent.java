package org.bianmin.catalogue.internal.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bianmin.audit.AuditTrail;
import org.bianmin.catalogue.CalendarStatus;
import org.bianmin.catalogue.CalendarYearStatus;
import org.bianmin.catalogue.CalendarYears;
import org.bianmin.catalogue.Deadline;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.catalogue.internal.calendar.CalendarBook;
import org.bianmin.catalogue.internal.calendar.CalendarWorkingDays;
import org.bianmin.catalogue.internal.calendar.ProvisionalCalendar;
import org.bianmin.catalogue.internal.persistence.CatalogueStorage;
import org.bianmin.catalogue.spi.CalendarListener;
import org.bianmin.catalogue.spi.WorkingDayCalendar;
import org.bianmin.core.Actor;
import org.bianmin.core.spi.TimeSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The working-day calendar in OSGi, as {@link WorkingDays} and {@link CalendarYears}: registered
 * {@link WorkingDayCalendar} services are asked first, then the official years ({@link CalendarBook}:
 * loaded, the configured directory, shipped), then the statutory rules, provisionally. Every
 * {@link CalendarListener} is told when a year becomes official. Configuration PID
 * {@code org.bianmin.catalogue.calendar}.
 */
@Component(service = {WorkingDays.class, CalendarYears.class}, immediate = true,
        configurationPid = CalendarComponent.PID)
@Designate(ocd = CalendarComponent.Config.class)
public class CalendarComponent implements WorkingDays, CalendarYears {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.catalogue.calendar";
    private static final Logger LOG = Logger.getLogger(CalendarComponent.class.getName());

    /** Where a deployment keeps calendar years of its own. */
    @ObjectClassDefinition(name = "Bianmin working-day calendar",
            description = "Public holidays and adjusted working days (调休) for time limits.")
    public @interface Config {
        @AttributeDefinition(name = "Calendar directory", required = false,
                description = "A folder of year files (*.calendar) that add years or replace shipped ones; "
                        + "read again while the platform runs.")
        String calendar_directory() default "";

        @AttributeDefinition(name = "Refresh interval (ms)",
                description = "How long one view of the official years is used before the directory and the "
                        + "database are looked at again. A year loaded through this node applies at once.")
        long refresh_interval_ms() default 2000;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<CalendarListener> listeners = List.of();

    private final CalendarBook book;
    private final CalendarWorkingDays days;

    @Activate
    public CalendarComponent(@Reference CatalogueStorage storage,
            @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
            List<WorkingDayCalendar> calendars,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        String directory = config.calendar_directory();
        this.book = new CalendarBook(storage.unit(), directory == null || directory.isBlank() ? null : Path.of(directory),
                TimeSource.orSystem(clock), Duration.ofMillis(Math.max(0, config.refresh_interval_ms())),
                () -> auditTrail, loaded -> tell(loaded.year(), loaded.actor()));
        List<WorkingDayCalendar> all = new ArrayList<>(calendars);
        all.add(book);
        this.days = new CalendarWorkingDays(all, new ProvisionalCalendar());
    }

    private void tell(int year, Actor actor) {
        for (CalendarListener listener : listeners) {
            try {
                listener.officialYearLoaded(year, actor);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a calendar listener failed for " + year + ": " + e, e);
            }
        }
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return days.isWorkingDay(date);
    }

    @Override
    public boolean isOfficial(LocalDate date) {
        return days.isOfficial(date);
    }

    @Override
    public Deadline dueDate(LocalDate received, int workingDays) {
        return days.dueDate(received, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return days.workingDaysBetween(from, to);
    }

    @Override
    public CalendarStatus status() {
        return book.status();
    }

    @Override
    public CalendarYearStatus load(String yearFile, Actor actor) {
        return book.load(yearFile, actor);
    }
}
