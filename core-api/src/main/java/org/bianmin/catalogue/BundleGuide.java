package org.bianmin.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.bianmin.core.Checks;

/**
 * The guide of a "一件事一次办" bundle on a date: its items, the merged material list with duplicates
 * removed, and the combined promised time (plan task 8).
 *
 * @param bundle             the bundle
 * @param date               the date the guide is for
 * @param items              the bundle's items as they stand on that date
 * @param materials          the merged materials, each asked once
 * @param separateMaterials  how many materials the items ask for separately (before merging)
 * @param promisedDays       the combined promised time in working days
 * @param separatePromisedDays the sum of the items' promised time limits
 */
public record BundleGuide(ServiceBundle bundle, LocalDate date, List<ServiceItem> items,
        List<MergedMaterial> materials, int separateMaterials, int promisedDays, int separatePromisedDays) {
    public BundleGuide {
        Checks.required(bundle, "bundle");
        Checks.required(date, "date");
        items = Checks.list(items, "items");
        materials = Checks.list(materials, "materials");
    }
}
