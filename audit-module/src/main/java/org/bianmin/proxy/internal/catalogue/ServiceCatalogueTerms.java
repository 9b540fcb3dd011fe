package org.bianmin.proxy.internal.catalogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.bianmin.catalogue.Deadline;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;

/**
 * {@link CatalogueTerms} over the core-api catalogue services, either of which may be absent: without
 * a {@link ServiceCatalogue} the ledger cannot receive or check cases ({@code CATALOGUE_UNAVAILABLE});
 * without {@link WorkingDays} duty days fall back to Monday–Friday and deadlines come from the catalogue,
 * marked provisional since nothing says which years are official.
 */
public final class ServiceCatalogueTerms implements CatalogueTerms {
    private final Supplier<ServiceCatalogue> catalogue;
    private final Supplier<WorkingDays> workingDays;

    /** Both arguments may be null. */
    public ServiceCatalogueTerms(ServiceCatalogue catalogue, WorkingDays workingDays) {
        this(() -> catalogue, () -> workingDays);
    }

    private ServiceCatalogueTerms(Supplier<ServiceCatalogue> catalogue, Supplier<WorkingDays> workingDays) {
        this.catalogue = catalogue;
        this.workingDays = workingDays;
    }

    /**
     * Terms over the services as they are at the moment of each call, e.g. dynamic OSGi references;
     * either supplier may give null.
     */
    public static ServiceCatalogueTerms live(Supplier<ServiceCatalogue> catalogue, Supplier<WorkingDays> workingDays) {
        return new ServiceCatalogueTerms(catalogue, workingDays);
    }

    @Override
    public ItemTerms item(String itemCode, DivisionCode village, LocalDate date) {
        HandlingAnswer answer = catalogue().whoHandles(itemCode, village, date);
        return new ItemTerms(answer.itemCode(), answer.itemName(), answer.handlingPlace().siteName(),
                answer.promisedDays(), answer.materials().stream().filter(Material::required).map(Material::name)
                        .toList());
    }

    @Override
    public Deadline deadline(LocalDate start, int days) {
        WorkingDays calendar = workingDays.get();
        return calendar != null ? calendar.dueDate(start, days)
                : new Deadline(catalogue().deadline(start, days), true);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        WorkingDays calendar = workingDays.get();
        if (calendar != null) {
            return calendar.isWorkingDay(date);
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private ServiceCatalogue catalogue() {
        ServiceCatalogue current = catalogue.get();
        if (current == null) {
            throw new BianminException(ErrorCode.CATALOGUE_UNAVAILABLE,
                    "no catalogue service is registered: install and start the catalogue bundle to receive cases");
        }
        return current;
    }
}
