package org.bianmin.catalogue.internal.shell;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.felix.service.command.Descriptor;
import org.bianmin.catalogue.CalendarStatus;
import org.bianmin.catalogue.CalendarYearStatus;
import org.bianmin.catalogue.CalendarYears;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.shell.ShellResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Gogo shell commands for the devolved-power catalogue (scope {@code catalogue}): the question
 * platform modules ask most — who handles this item for this place on this date — and the
 * working-day calendar's official years, with loading a new year's notice.
 */
@Component(service = CatalogueCommands.class, property = {
    "osgi.command.scope=catalogue", "osgi.command.function=who", "osgi.command.function=items",
    "osgi.command.function=calendar"
})
public class CatalogueCommands {
    private final ServiceCatalogue catalogue;
    private final CalendarYears calendar;
    private final TimeSource clock;

    @Activate
    public CatalogueCommands(@Reference ServiceCatalogue catalogue, @Reference CalendarYears calendar,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.clock = TimeSource.orSystem(clock);
    }

    @Descriptor("the official calendar years (State Council notices) and from which year deadlines are provisional")
    public String calendar() {
        CalendarStatus status = calendar.status();
        StringBuilder out = new StringBuilder();
        for (CalendarYearStatus year : status.official()) {
            out.append(year.year()).append("  official  ").append(year.source()).append("  (").append(year.origin());
            if (year.loadedAt() != null) {
                out.append(", ").append(year.loadedAt());
            }
            if (year.loadedBy() != null) {
                out.append(", by ").append(year.loadedBy().id());
            }
            out.append(")\n");
        }
        out.append(status.provisionalFrom()).append("– provisional, but for the official years above: statutory holidays only, until the notice is loaded");
        return out.toString();
    }

    @Descriptor("who handles an item for a place today: level, place, deciding grant, time limits, materials")
    public String who(@Descriptor("item code") String item, @Descriptor("division code of the place") String place) {
        return who(item, place, LocalDate.ofInstant(clock.now(), clock.zone()).toString());
    }

    @Descriptor("who handles an item for a place on a date")
    public String who(@Descriptor("item code") String item, @Descriptor("division code of the place") String place,
            @Descriptor("date, YYYY-MM-DD") String date) {
        return ShellResult.of(() -> {
            HandlingAnswer answer = catalogue.whoHandles(item, DivisionCode.of(place), parse(date));
            StringBuilder out = new StringBuilder(answer.summary()).append('\n');
            for (Material material : answer.materials()) {
                out.append("  - ").append(material.name()).append('\n');
            }
            return out.toString().stripTrailing();
        });
    }

    @Descriptor("list the catalogue's items in force today")
    public String items() {
        return catalogue.items(LocalDate.ofInstant(clock.now(), clock.zone())).stream()
                .map(item -> item.code() + "  " + item.name())
                .collect(Collectors.joining("\n"));
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw BianminException.invalid("'" + date + "' is not a date like 2026-01-01");
        }
    }
}
