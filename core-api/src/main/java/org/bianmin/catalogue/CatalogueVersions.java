package org.bianmin.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.bianmin.core.DivisionCode;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Published versions of the catalogue (公示, 动态调整; plan task 8), the record of changes, and the
 * content of the public listing that C-DISCLOSE requires. A published version never changes.
 */
@ProviderType
public interface CatalogueVersions {
    /**
     * Publishes the catalogue as it stands on {@code note.effective()} as a new immutable version.
     */
    CatalogueVersion publish(String title, ChangeNote note);

    /** Every published version, oldest first. */
    List<CatalogueVersion> versions();

    /** A published version; fails with {@code VERSION_NOT_FOUND}. */
    CatalogueVersion version(int number);

    /** The items of a published version, by code. */
    List<ServiceItem> items(int version);

    /** The grants of a published version. */
    List<DevolutionGrant> grants(int version);

    /** {@link ServiceCatalogue#whoHandles} answered from a published version. */
    HandlingAnswer whoHandles(String itemCode, DivisionCode place, LocalDate date, int version);

    /** What changed from version {@code from} to version {@code to}, entry by entry and field by field. */
    CatalogueDiff diff(int from, int to);

    /**
     * What the public listing (事项公示) of a published version shows: the version, its items and its
     * bundles; {@link CatalogueListingRenderer} renders it. Fails with {@code VERSION_NOT_FOUND}.
     */
    CatalogueListing listing(int version);

    /** Recorded changes after {@code afterSequence}, at most {@code max}, oldest first. */
    List<CatalogueChange> changes(long afterSequence, int max);
}
