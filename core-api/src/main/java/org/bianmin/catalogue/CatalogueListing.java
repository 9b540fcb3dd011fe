package org.bianmin.catalogue;

import java.util.List;
import org.bianmin.core.Checks;

/**
 * What the public listing (事项公示) of a published version shows (C-DISCLOSE): the version, its
 * items and its "一件事一次办" bundles. {@link CatalogueListingRenderer} turns it into a page.
 *
 * @param version the published version
 * @param items   its items, by code
 * @param bundles its bundles, by code
 */
public record CatalogueListing(CatalogueVersion version, List<ServiceItem> items, List<ServiceBundle> bundles) {
    public CatalogueListing {
        Checks.required(version, "version");
        items = Checks.list(items, "items");
        bundles = Checks.list(bundles, "bundles");
    }
}
