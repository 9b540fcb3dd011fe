package org.bianmin.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import org.bianmin.core.Actor;
import org.bianmin.core.Checks;

/**
 * A published version of the catalogue (公示版本, plan task 8): an immutable snapshot of places,
 * batches, items, grants and bundles as they stood on {@code asOf}.
 *
 * @param number     the version number, from 1
 * @param title      its title, e.g. {@code 泸定县便民服务事项清单（2022年版）}
 * @param asOf       the date whose catalogue it records
 * @param published  when it was published
 * @param publishedBy who published it
 * @param reason     why it was published
 * @param legalBasis on what basis
 * @param lastChange the sequence of the last change it includes
 * @param itemCount  how many items it lists
 * @param grantCount how many grants it lists
 * @param digest     SHA-256 (hex) of the stored snapshot, to show it was never altered
 */
public record CatalogueVersion(int number, String title, LocalDate asOf, Instant published, Actor publishedBy,
        String reason, String legalBasis, long lastChange, int itemCount, int grantCount, String digest) {
    public CatalogueVersion {
        Checks.positive(number, "version number");
        title = Checks.text(title, "title of version " + number, 200);
        Checks.required(asOf, "as-of date");
        Checks.required(published, "publication time");
        Checks.required(publishedBy, "publisher");
        reason = Checks.text(reason, "reason", 1000);
        legalBasis = Checks.text(legalBasis, "legal basis", 1000);
        digest = Checks.text(digest, "digest", 64);
    }
}
