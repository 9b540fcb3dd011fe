package org.bianmin.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianmin.core.DivisionCode;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The county's catalogue of government-service items (政务服务事项) and the places of its service
 * network (plan tasks 8, 10). Its central question: who handles this item for this place on this
 * date, within what time limit, with which materials ({@link #whoHandles})?
 *
 * <p>Every change takes a {@link ChangeNote} (reason, legal basis, effective date) and is recorded
 * as a {@link CatalogueChange}; queries take the date they are asked for ("as of"). Each change is
 * one transaction: when it fails with a {@link org.bianmin.core.BianminException}, nothing was written.
 */
@ProviderType
public interface ServiceCatalogue {
    /**
     * Who handles item {@code itemCode} for {@code place} on {@code date}: the village proxy point,
     * the township centre (or station) or the county centre, the grant and batch that decide it, and
     * the time limits and materials that apply. A village resolves to its township or station.
     * Fails with {@code ITEM_NOT_FOUND} when the item is not in the catalogue on that date,
     * {@code PLACE_NOT_FOUND} for an unknown place, {@code ITEM_NOT_HANDLED_AT_PLACE} when a
     * township-only item is asked of the county.
     */
    HandlingAnswer whoHandles(String itemCode, DivisionCode place, LocalDate date);

    /**
     * The deadline of a case received on {@code received} with a limit of {@code workingDays} working
     * days: the {@code workingDays}-th working day after the day of receipt (0: the day itself).
     * Fails with {@code CALENDAR_NOT_COVERED} when the calendar does not reach that far.
     */
    LocalDate deadline(LocalDate received, int workingDays);

    /** The number of items in the catalogue on {@code date}. */
    int itemCount(LocalDate date);

    /** The item as it stands on {@code date}. */
    Optional<ServiceItem> item(String code, LocalDate date);

    /** Every item as it stands on {@code date}, by code. */
    List<ServiceItem> items(LocalDate date);

    /** Adds an item from {@code note.effective()}; fails with {@code ITEM_DUPLICATE_CODE} if it exists. */
    ServiceItem addItem(ServiceItem item, ChangeNote note);

    /**
     * Amends an item from {@code note.effective()}; fails with {@code ITEM_NOT_FOUND}, or
     * {@code DATE_RANGE_INVALID} when the date lies before the item's latest change.
     */
    ServiceItem amendItem(ServiceItem item, ChangeNote note);

    /** Removes an item from {@code note.effective()} (it stays in the history); fails with {@code ITEM_NOT_FOUND}. */
    void removeItem(String code, ChangeNote note);

    /** Adds a place; fails with {@code PLACE_DUPLICATE_CODE} or, for an unknown parent, {@code PLACE_NOT_FOUND}. */
    Place addPlace(Place place, ChangeNote note);

    /** The place with the given code. */
    Optional<Place> place(DivisionCode code);

    /** Every place, by code. */
    List<Place> places();

    /** The places directly within {@code parent} (a county's townships, a township's stations and villages). */
    List<Place> placesWithin(DivisionCode parent);

    /**
     * The items a village's proxy point accepts on {@code date} (代办事项, plan task 12): those with the
     * village-proxy level. Fails with {@code PLACE_NOT_FOUND} when {@code village} is not a known village.
     */
    List<ServiceItem> proxyItems(DivisionCode village, LocalDate date);

    /** The village proxy point's published high-frequency list (高频事项清单, V-ITEMS). */
    List<ServiceItem> highFrequencyItems(DivisionCode village, LocalDate date);

    /**
     * Adds or replaces a "一件事一次办" bundle from {@code note.effective()}; its items must exist then
     * ({@code ITEM_NOT_FOUND}).
     */
    ServiceBundle saveBundle(ServiceBundle bundle, ChangeNote note);

    /** Removes a bundle from {@code note.effective()}; fails with {@code BUNDLE_NOT_FOUND}. */
    void removeBundle(String code, ChangeNote note);

    /** Every bundle as it stands on {@code date}. */
    List<ServiceBundle> bundles(LocalDate date);

    /** A bundle's guide on {@code date}: merged materials and combined promised time; {@code BUNDLE_NOT_FOUND}. */
    BundleGuide bundleGuide(String code, LocalDate date);

    /**
     * The guide of a bundle for an applicant's answers to its situations (情形): only the member items
     * the answers select ({@link ServiceBundle#applicableItems}), their merged materials and time limit.
     * Fails with {@code BUNDLE_NOT_FOUND}, or {@code INVALID_ARGUMENT} naming a question left unanswered
     * or an answer not offered.
     */
    BundleGuide bundleGuide(String code, LocalDate date, Map<String, String> answers);
}
