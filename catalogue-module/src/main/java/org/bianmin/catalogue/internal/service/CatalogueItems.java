package org.bianmin.catalogue.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bianmin.catalogue.BundleGuide;
import org.bianmin.catalogue.ChangeKind;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.MergedMaterial;
import org.bianmin.catalogue.Place;
import org.bianmin.catalogue.PlaceKind;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.catalogue.internal.domain.CatalogueRules;
import org.bianmin.catalogue.internal.domain.CatalogueState;
import org.bianmin.catalogue.internal.domain.HandlingResolver;
import org.bianmin.catalogue.internal.domain.MaterialMerger;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link ServiceCatalogue} over the {@link CatalogueEngine}: items, places, bundles and the queries. */
@Component(service = ServiceCatalogue.class)
public final class CatalogueItems implements ServiceCatalogue {
    private final CatalogueEngine engine;
    private final WorkingDays workingDays;

    CatalogueItems(CatalogueEngine engine, WorkingDays workingDays) {
        this.engine = Checks.required(engine, "engine");
        this.workingDays = Checks.required(workingDays, "working days");
    }

    /** The service in OSGi. */
    @Activate
    public CatalogueItems(@Reference CatalogueEngineComponent engine, @Reference WorkingDays workingDays) {
        this(engine.engine(), workingDays);
    }

    @Override
    public HandlingAnswer whoHandles(String itemCode, DivisionCode place, LocalDate date) {
        return HandlingResolver.resolve(engine.state(), itemCode, place, date, null);
    }

    @Override
    public LocalDate deadline(LocalDate received, int days) {
        return workingDays.deadline(received, days);
    }

    @Override
    public int itemCount(LocalDate date) {
        return engine.state().items(Checks.required(date, "date")).size();
    }

    @Override
    public Optional<ServiceItem> item(String code, LocalDate date) {
        return engine.state().item(Checks.required(code, "item code"), Checks.required(date, "date"));
    }

    @Override
    public List<ServiceItem> items(LocalDate date) {
        return engine.state().items(Checks.required(date, "date"));
    }

    @Override
    public ServiceItem addItem(ServiceItem item, ChangeNote note) {
        Checks.required(item, "item");
        return reviseItem(ChangeKind.ITEM_ADDED, item.code(), item, note);
    }

    @Override
    public ServiceItem amendItem(ServiceItem item, ChangeNote note) {
        Checks.required(item, "item");
        return reviseItem(ChangeKind.ITEM_AMENDED, item.code(), item, note);
    }

    @Override
    public void removeItem(String code, ChangeNote note) {
        reviseItem(ChangeKind.ITEM_REMOVED, code, null, note);
    }

    /** Adds a dated revision of an item; {@code item} null removes it. */
    private ServiceItem reviseItem(ChangeKind kind, String code, ServiceItem item, ChangeNote note) {
        return engine.change((state, store, changes) -> {
            if (kind == ChangeKind.ITEM_ADDED) {
                CatalogueRules.checkAddItem(state, item, note);
            } else {
                CatalogueRules.checkChangeItem(state, code, note);
            }
            long seq = changes.record(store, kind, code, note, true);
            store.addItemRevision(seq, code, note.effective(), item);
            changes.after(live -> live.putItem(code, note.effective(), item, seq));
            return item;
        });
    }

    @Override
    public Place addPlace(Place place, ChangeNote note) {
        return engine.change((state, store, changes) -> {
            CatalogueRules.checkAddPlace(state, place);
            changes.record(store, ChangeKind.PLACE_ADDED, place.code().value(), note, true);
            store.addPlace(place, changes.now());
            changes.after(live -> live.putPlace(place));
            return place;
        });
    }

    @Override
    public Optional<Place> place(DivisionCode code) {
        return engine.state().place(Checks.required(code, "place code"));
    }

    @Override
    public List<Place> places() {
        return engine.state().places();
    }

    @Override
    public List<Place> placesWithin(DivisionCode parent) {
        return engine.state().placesWithin(Checks.required(parent, "place code"));
    }

    @Override
    public List<ServiceItem> proxyItems(DivisionCode village, LocalDate date) {
        CatalogueState state = engine.state();
        Place place = state.place(Checks.required(village, "village code")).orElseThrow(
                () -> new BianminException(ErrorCode.PLACE_NOT_FOUND, "village " + village + " is not in the catalogue"));
        if (place.kind() != PlaceKind.VILLAGE) {
            throw BianminException.invalid(village + " (" + place.name() + ") is a " + place.kind().label()
                    + ", not a village: proxy points are in villages");
        }
        return state.items(Checks.required(date, "date")).stream().filter(ServiceItem::villageProxy).toList();
    }

    @Override
    public List<ServiceItem> highFrequencyItems(DivisionCode village, LocalDate date) {
        return proxyItems(village, date).stream().filter(ServiceItem::highFrequency).toList();
    }

    @Override
    public ServiceBundle saveBundle(ServiceBundle bundle, ChangeNote note) {
        Checks.required(bundle, "bundle");
        return reviseBundle(bundle.code(), bundle, note);
    }

    @Override
    public void removeBundle(String code, ChangeNote note) {
        reviseBundle(code, null, note);
    }

    /** Adds a dated revision of a bundle; {@code bundle} null removes it. */
    private ServiceBundle reviseBundle(String code, ServiceBundle bundle, ChangeNote note) {
        return engine.change((state, store, changes) -> {
            if (bundle != null) {
                CatalogueRules.checkSaveBundle(state, bundle, note);
            } else {
                CatalogueRules.checkRemoveBundle(state, code, note);
            }
            ChangeKind kind = bundle == null ? ChangeKind.BUNDLE_REMOVED : ChangeKind.BUNDLE_SAVED;
            long seq = changes.record(store, kind, code, note, true);
            store.addBundleRevision(seq, code, note.effective(), bundle);
            changes.after(live -> live.putBundle(code, note.effective(), bundle, seq));
            return bundle;
        });
    }

    @Override
    public List<ServiceBundle> bundles(LocalDate date) {
        return engine.state().bundles(Checks.required(date, "date"));
    }

    @Override
    public BundleGuide bundleGuide(String code, LocalDate date) {
        CatalogueState state = engine.state();
        return guide(state, bundle(state, code, date), date);
    }

    @Override
    public BundleGuide bundleGuide(String code, LocalDate date, Map<String, String> answers) {
        CatalogueState state = engine.state();
        ServiceBundle bundle = bundle(state, code, date);
        return guide(state, bundle, date, bundle.applicableItems(answers));
    }

    private static ServiceBundle bundle(CatalogueState state, String code, LocalDate date) {
        Checks.required(date, "date");
        return state.bundleTimeline(Checks.required(code, "bundle code"))
                .flatMap(timeline -> timeline.at(date))
                .orElseThrow(() -> new BianminException(ErrorCode.BUNDLE_NOT_FOUND,
                        "bundle " + code + " is not in the catalogue on " + date));
    }

    static BundleGuide guide(CatalogueState state, ServiceBundle bundle, LocalDate date) {
        return guide(state, bundle, date, bundle.itemCodes());
    }

    private static BundleGuide guide(CatalogueState state, ServiceBundle bundle, LocalDate date,
            List<String> itemCodes) {
        List<ServiceItem> items = new ArrayList<>();
        for (String itemCode : itemCodes) {
            items.add(state.item(itemCode, date).orElseThrow(() -> new BianminException(ErrorCode.ITEM_NOT_FOUND,
                    "bundle " + bundle.code() + " groups item " + itemCode + ", which is not in the catalogue on "
                            + date + ": amend the bundle")));
        }
        List<MergedMaterial> merged = MaterialMerger.merge(items);
        int separate = items.stream().mapToInt(item -> item.materialsToHandIn().size()).sum();
        int sum = items.stream().mapToInt(ServiceItem::promisedDays).sum();
        int combined = bundle.promisedDays() != null ? bundle.promisedDays() : sum;
        return new BundleGuide(bundle, date, items, merged, separate, combined, sum);
    }
}
