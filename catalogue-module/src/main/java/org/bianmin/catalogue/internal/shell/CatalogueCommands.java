package org.bianmin.catalogue.internal.shell;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.felix.service.command.Descriptor;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo shell commands for the devolved-power catalogue (scope {@code catalogue}): the question
 * platform modules ask most — who handles this item for this place on this date.
 */
@Component(service = CatalogueCommands.class, property = {
    "osgi.command.scope=catalogue", "osgi.command.function=who", "osgi.command.function=items"
})
public class CatalogueCommands {
    private final ServiceCatalogue catalogue;

    @Activate
    public CatalogueCommands(@Reference ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Descriptor("who handles an item for a place today: level, place, deciding grant, time limits, materials")
    public String who(@Descriptor("item code") String item, @Descriptor("division code of the place") String place) {
        return who(item, place, LocalDate.now(TimeSource.CHINA).toString());
    }

    @Descriptor("who handles an item for a place on a date")
    public String who(@Descriptor("item code") String item, @Descriptor("division code of the place") String place,
            @Descriptor("date, YYYY-MM-DD") String date) {
        try {
            HandlingAnswer answer = catalogue.whoHandles(item, DivisionCode.of(place), parse(date));
            StringBuilder out = new StringBuilder(answer.summary()).append('\n');
            for (Material material : answer.materials()) {
                out.append("  - ").append(material.name()).append('\n');
            }
            return out.toString().stripTrailing();
        } catch (BianminException e) {
            return "ERROR " + e.code() + ": " + e.getMessage();
        }
    }

    @Descriptor("list the catalogue's items in force today")
    public String items() {
        return catalogue.items(LocalDate.now(TimeSource.CHINA)).stream()
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
