package org.bianmin.catalogue;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Import and export of the catalogue (plan task 8): JSON for the whole catalogue, CSV (UTF-8, Chinese
 * headers) for the items, for the grants and for the bundles. An import is all or nothing: on the first bad record it fails with a code
 * and a message naming the line or the JSON path and field, and nothing is written. The formats are
 * documented in the catalogue module's README.
 */
@ProviderType
public interface CatalogueTransfer {
    /** The whole catalogue as it stands on {@code asOf}: places, batches, items, grants, bundles. */
    String exportJson(LocalDate asOf);

    /**
     * Imports a JSON catalogue: adds places, batches, grants and bundles that are new, adds new items and
     * amends changed ones from {@code note.effective()}. Malformed input fails with {@code IMPORT_INVALID};
     * a duplicate item code with {@code ITEM_DUPLICATE_CODE}; other refusals with the code the single
     * operation would give, the message naming the record.
     */
    ImportReport importJson(String json, ChangeNote note);

    /** The items as they stand on {@code asOf} as CSV, one row per item, with a header row. */
    String exportItemsCsv(LocalDate asOf);

    /** Imports items from CSV, as {@link #importJson} does; errors name the line and column. */
    ImportReport importItemsCsv(String csv, ChangeNote note);

    /** Every grant, withdrawn ones included, as CSV, one row per grant, with a header row. */
    String exportGrantsCsv();

    /**
     * Imports grants from CSV: grants that are new are made (each checked as {@link DevolutionGrants#grant}
     * checks it), grants equal to existing ones skipped; errors name the line and column.
     */
    ImportReport importGrantsCsv(String csv, ChangeNote note);

    /**
     * The bundles as they stand on {@code asOf} as CSV, one row per bundle with its details, situations
     * and merged application form, with a header row.
     */
    String exportBundlesCsv(LocalDate asOf);

    /**
     * Imports bundles from CSV: bundles that are new or changed are saved from {@code note.effective()}
     * (each checked as {@link ServiceCatalogue#saveBundle} checks it), equal ones skipped; errors name the
     * line and column.
     */
    ImportReport importBundlesCsv(String csv, ChangeNote note);
}
