/**
 * The devolved-power catalogue (plan tasks 8, 10): service items (政务服务事项) per level, county powers
 * granted to townships in batches (成熟一批、赋予一批、落地一批), "一件事一次办" bundles, published
 * versions as laws change (动态调整), and working-day deadlines.
 *
 * <p>Services: {@link org.bianmin.catalogue.ServiceCatalogue} (items, places, bundles and the
 * "who handles" query), {@link org.bianmin.catalogue.DevolutionGrants},
 * {@link org.bianmin.catalogue.CatalogueVersions} with the public listing's page
 * ({@link org.bianmin.catalogue.CatalogueListingRenderer}), {@link org.bianmin.catalogue.CatalogueTransfer},
 * {@link org.bianmin.catalogue.WorkingDays} and its official years,
 * {@link org.bianmin.catalogue.CalendarYears}.
 */
@Version("2.2.0")
@Export
package org.bianmin.catalogue;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
