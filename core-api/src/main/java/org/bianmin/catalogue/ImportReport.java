package org.bianmin.catalogue;

/**
 * What an import did. An import is all or nothing: a report exists only when every record was written.
 *
 * @param placesAdded    places added
 * @param batchesAdded   batches added
 * @param itemsAdded     items added
 * @param itemsAmended   items that existed and were amended
 * @param itemsUnchanged items that existed unchanged
 * @param grantsAdded    grants added
 * @param bundlesSaved   bundles added or changed
 */
public record ImportReport(int placesAdded, int batchesAdded, int itemsAdded, int itemsAmended,
        int itemsUnchanged, int grantsAdded, int bundlesSaved) {
}
