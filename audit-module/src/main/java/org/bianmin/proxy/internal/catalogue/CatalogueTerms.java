package org.bianmin.proxy.internal.catalogue;

import java.time.LocalDate;
import org.bianmin.catalogue.Deadline;
import org.bianmin.core.DivisionCode;

/**
 * The narrow view of the catalogue the proxy ledger uses: an item's terms for a village and
 * working-day arithmetic. In OSGi it adapts the core-api {@code ServiceCatalogue}
 * ({@link ServiceCatalogueTerms}); tests stub it.
 */
public interface CatalogueTerms {
    /** The item's terms for {@code village} on {@code date}; {@code ITEM_NOT_FOUND} when it is not in the catalogue. */
    ItemTerms item(String itemCode, DivisionCode village, LocalDate date);

    /** The deadline {@code workingDays} working days after {@code start}, provisional where a year's notice is missing. */
    Deadline deadline(LocalDate start, int workingDays);

    /** Whether {@code date} is a working day. */
    boolean isWorkingDay(LocalDate date);
}
