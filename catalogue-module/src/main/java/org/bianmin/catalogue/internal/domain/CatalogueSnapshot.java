package org.bianmin.catalogue.internal.domain;

import java.time.LocalDate;
import java.util.List;
import org.bianmin.catalogue.DevolutionBatch;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.Place;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.ServiceItem;

/**
 * The whole catalogue as it stands on one date: what a published version keeps and what the JSON
 * format carries. Lists are sorted by key, so equal catalogues have equal snapshots.
 *
 * @param asOf    the date
 * @param places  places by code
 * @param batches batches by number
 * @param items   items by code
 * @param grants  every grant by id (their own dates say when they apply)
 * @param bundles bundles by code
 */
public record CatalogueSnapshot(LocalDate asOf, List<Place> places, List<DevolutionBatch> batches,
        List<ServiceItem> items, List<DevolutionGrant> grants, List<ServiceBundle> bundles) {
    public CatalogueSnapshot {
        places = List.copyOf(places);
        batches = List.copyOf(batches);
        items = List.copyOf(items);
        grants = List.copyOf(grants);
        bundles = List.copyOf(bundles);
    }
}
