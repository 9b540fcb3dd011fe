package org.bianmin.catalogue.internal.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.catalogue.internal.calendar.CalendarWorkingDays;
import org.bianmin.catalogue.internal.calendar.OfficialCalendar;
import org.bianmin.catalogue.spi.WorkingDayCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@link WorkingDays} in OSGi: registered {@link WorkingDayCalendar} services are asked first, then
 * the year files of the configured directory, then the shipped years. Configuration PID
 * {@code org.bianmin.catalogue.calendar}.
 */
@Component(service = WorkingDays.class, configurationPid = WorkingDaysComponent.PID)
@Designate(ocd = WorkingDaysComponent.Config.class)
public class WorkingDaysComponent implements WorkingDays {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.catalogue.calendar";

    /** Where a deployment keeps calendar years of its own. */
    @ObjectClassDefinition(name = "Bianmin working-day calendar",
            description = "Public holidays and adjusted working days (调休) for time limits.")
    public @interface Config {
        @AttributeDefinition(name = "Calendar directory", required = false,
                description = "A folder of year files (*.calendar) that add years or replace shipped ones.")
        String calendar_directory() default "";
    }

    private final CalendarWorkingDays days;

    @Activate
    public WorkingDaysComponent(
            @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
            List<WorkingDayCalendar> calendars, Config config) {
        List<WorkingDayCalendar> all = new ArrayList<>(calendars);
        String directory = config.calendar_directory();
        all.add(directory == null || directory.isBlank() ? OfficialCalendar.shipped()
                : OfficialCalendar.withDirectory(Path.of(directory)));
        this.days = new CalendarWorkingDays(all);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return days.isWorkingDay(date);
    }

    @Override
    public LocalDate deadline(LocalDate received, int workingDays) {
        return days.deadline(received, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return days.workingDaysBetween(from, to);
    }
}
