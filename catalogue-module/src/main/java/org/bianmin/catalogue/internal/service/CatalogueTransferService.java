package org.bianmin.catalogue.internal.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bianmin.audit.AuditEventType;
import org.bianmin.catalogue.CatalogueTransfer;
import org.bianmin.catalogue.ChangeKind;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.catalogue.DevolutionBatch;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.ImportReport;
import org.bianmin.catalogue.Place;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.internal.domain.CatalogueRules;
import org.bianmin.catalogue.internal.domain.CatalogueSnapshot;
import org.bianmin.catalogue.internal.domain.CatalogueState;
import org.bianmin.catalogue.internal.persistence.CatalogueStore;
import org.bianmin.catalogue.internal.transfer.BundleCsv;
import org.bianmin.catalogue.internal.transfer.CatalogueJson;
import org.bianmin.catalogue.internal.transfer.CsvLine;
import org.bianmin.catalogue.internal.transfer.GrantCsv;
import org.bianmin.catalogue.internal.transfer.ItemCsv;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link CatalogueTransfer} over the {@link CatalogueEngine}. An import is parsed whole first, then
 * applied record by record to a staged copy of the index inside one transaction: the first refusal
 * rolls everything back and names the record. Each record becomes a recorded change; the audit trail
 * gets one {@code CATALOGUE_IMPORTED} event with the counts.
 */
@Component(service = CatalogueTransfer.class)
public final class CatalogueTransferService implements CatalogueTransfer {
    private final CatalogueEngine engine;

    CatalogueTransferService(CatalogueEngine engine) {
        this.engine = Checks.required(engine, "engine");
    }

    /** The service in OSGi. */
    @Activate
    public CatalogueTransferService(@Reference CatalogueEngineComponent engine) {
        this(engine.engine());
    }

    @Override
    public String exportJson(LocalDate asOf) {
        return CatalogueJson.write(engine.state().snapshot(Checks.required(asOf, "date")));
    }

    @Override
    public String exportItemsCsv(LocalDate asOf) {
        return ItemCsv.write(engine.state().items(Checks.required(asOf, "date")));
    }

    @Override
    public ImportReport importJson(String json, ChangeNote note) {
        Checks.required(note, "change note");
        CatalogueSnapshot snapshot = CatalogueJson.read(json, engine.today());
        return engine.stagedChange((state, store, changes) -> {
            Counter counter = new Counter();
            List<Place> places = snapshot.places();
            List<Integer> order = java.util.stream.IntStream.range(0, places.size()).boxed()
                    .sorted(Comparator.comparing(i -> places.get(i).kind().ordinal())).toList();
            for (int i : order) {
                Place place = places.get(i);
                at("$.places[" + i + "] (" + place.code() + ")", () -> importPlace(state, store, changes, place, note, counter));
            }
            for (int i = 0; i < snapshot.batches().size(); i++) {
                DevolutionBatch batch = snapshot.batches().get(i);
                at("$.batches[" + i + "] (batch " + batch.number() + ")",
                        () -> importBatch(state, store, changes, batch, note, counter));
            }
            Map<String, Integer> seen = new java.util.HashMap<>();
            for (int i = 0; i < snapshot.items().size(); i++) {
                ServiceItem item = snapshot.items().get(i);
                String record = "$.items[" + i + "] (" + item.code() + ")";
                Integer first = seen.putIfAbsent(item.code(), i);
                if (first != null) {
                    throw new BianminException(org.bianmin.core.ErrorCode.ITEM_DUPLICATE_CODE, record
                            + ": item code " + item.code() + " is used again (first in $.items[" + first + "])");
                }
                at(record, () -> importItem(state, store, changes, item, note, counter));
            }
            for (int i = 0; i < snapshot.grants().size(); i++) {
                DevolutionGrant grant = snapshot.grants().get(i);
                at("$.grants[" + i + "] (" + grant.id() + ")", () -> importGrant(state, store, changes, grant, note, counter));
            }
            for (int i = 0; i < snapshot.bundles().size(); i++) {
                ServiceBundle bundle = snapshot.bundles().get(i);
                at("$.bundles[" + i + "] (" + bundle.code() + ")",
                        () -> importBundle(state, store, changes, bundle, note, counter));
            }
            ImportReport report = counter.report();
            changes.audit(AuditEventType.CATALOGUE_IMPORTED, note, "JSON import", counter.details(changes));
            return report;
        });
    }

    @Override
    public ImportReport importItemsCsv(String csv, ChangeNote note) {
        return importLines("items CSV import", note, csv, ItemCsv::read, CatalogueTransferService::importItem);
    }

    @Override
    public String exportGrantsCsv() {
        return GrantCsv.write(engine.state().grants());
    }

    @Override
    public ImportReport importGrantsCsv(String csv, ChangeNote note) {
        return importLines("grants CSV import", note, csv, GrantCsv::read, CatalogueTransferService::importGrant);
    }

    @Override
    public String exportBundlesCsv(LocalDate asOf) {
        return BundleCsv.write(engine.state().bundles(Checks.required(asOf, "date")));
    }

    @Override
    public ImportReport importBundlesCsv(String csv, ChangeNote note) {
        return importLines("bundles CSV import", note, csv, BundleCsv::read, CatalogueTransferService::importBundle);
    }

    /** Imports one record. */
    private interface RecordImport<T> {
        void run(CatalogueState state, CatalogueStore store, CatalogueEngine.Changes changes, T record, ChangeNote note,
                Counter counter);
    }

    /**
     * Imports the records of a CSV file, once the change note is given and the whole file is read, as one
     * staged change with one audit summary; a refusal keeps its code and names the line and the record.
     */
    private <T> ImportReport importLines(String what, ChangeNote note, String csv,
            Function<String, List<CsvLine<T>>> reader, RecordImport<T> work) {
        Checks.required(note, "change note");
        List<CsvLine<T>> lines = reader.apply(csv);
        return engine.stagedChange((state, store, changes) -> {
            Counter counter = new Counter();
            for (CsvLine<T> line : lines) {
                at("line " + line.line() + " (" + line.key() + ")",
                        () -> work.run(state, store, changes, line.record(), note, counter));
            }
            changes.audit(AuditEventType.CATALOGUE_IMPORTED, note, what, counter.details(changes));
            return counter.report();
        });
    }

    private static void importPlace(CatalogueState state, CatalogueStore store, CatalogueEngine.Changes changes,
            Place place, ChangeNote note, Counter counter) {
        Optional<Place> existing = state.place(place.code());
        if (existing.isPresent() && existing.get().equals(place)) {
            return;
        }
        CatalogueRules.checkAddPlace(state, place);
        changes.record(store, ChangeKind.PLACE_ADDED, place.code().value(), note, false);
        store.addPlace(place, changes.now());
        state.write(() -> state.putPlace(place));
        counter.places++;
    }

    private static void importBatch(CatalogueState state, CatalogueStore store, CatalogueEngine.Changes changes,
            DevolutionBatch batch, ChangeNote note, Counter counter) {
        if (state.batch(batch.number()).filter(batch::equals).isPresent()) {
            return;
        }
        CatalogueRules.checkAddBatch(state, batch);
        long seq = changes.record(store, ChangeKind.BATCH_ADDED, "batch " + batch.number(), note, false);
        store.addBatch(batch, seq);
        state.write(() -> state.putBatch(batch));
        counter.batches++;
    }

    private static void importItem(CatalogueState state, CatalogueStore store, CatalogueEngine.Changes changes,
            ServiceItem item, ChangeNote note, Counter counter) {
        Optional<ServiceItem> current = state.itemTimeline(item.code()).map(timeline -> timeline.latest());
        if (current.isPresent() && current.get().equals(item)) {
            counter.unchanged++;
            return;
        }
        ChangeKind kind;
        if (current.isPresent()) {
            CatalogueRules.checkChangeItem(state, item.code(), note);
            kind = ChangeKind.ITEM_AMENDED;
            counter.amended++;
        } else {
            CatalogueRules.checkAddItem(state, item, note);
            kind = ChangeKind.ITEM_ADDED;
            counter.added++;
        }
        long seq = changes.record(store, kind, item.code(), note, false);
        store.addItemRevision(seq, item.code(), note.effective(), item);
        state.write(() -> state.putItem(item.code(), note.effective(), item, seq));
    }

    private static void importGrant(CatalogueState state, CatalogueStore store, CatalogueEngine.Changes changes,
            DevolutionGrant grant, ChangeNote note, Counter counter) {
        if (state.grant(grant.id()).filter(grant::equals).isPresent()) {
            return;
        }
        CatalogueRules.checkGrant(state, grant, List.of());
        long seq = changes.record(store, ChangeKind.GRANT_MADE, grant.id(), note, false);
        store.addGrant(grant, seq);
        state.write(() -> state.putGrant(grant));
        counter.grants++;
    }

    private static void importBundle(CatalogueState state, CatalogueStore store, CatalogueEngine.Changes changes,
            ServiceBundle bundle, ChangeNote note, Counter counter) {
        if (state.bundleTimeline(bundle.code()).map(timeline -> timeline.latest()).filter(bundle::equals).isPresent()) {
            return;
        }
        CatalogueRules.checkSaveBundle(state, bundle, note);
        long seq = changes.record(store, ChangeKind.BUNDLE_SAVED, bundle.code(), note, false);
        store.addBundleRevision(seq, bundle.code(), note.effective(), bundle);
        state.write(() -> state.putBundle(bundle.code(), note.effective(), bundle, seq));
        counter.bundles++;
    }

    /** Runs one record's import; a refusal keeps its code and names the record. */
    private static void at(String record, Runnable work) {
        try {
            work.run();
        } catch (BianminException e) {
            throw new BianminException(e.code(), record + ": " + e.getMessage(), e);
        }
    }

    private static final class Counter {
        int places;
        int batches;
        int added;
        int amended;
        int unchanged;
        int grants;
        int bundles;

        ImportReport report() {
            return new ImportReport(places, batches, added, amended, unchanged, grants, bundles);
        }

        Map<String, String> details(CatalogueEngine.Changes changes) {
            return Map.of("placesAdded", String.valueOf(places), "batchesAdded", String.valueOf(batches),
                    "itemsAdded", String.valueOf(added), "itemsAmended", String.valueOf(amended),
                    "grantsAdded", String.valueOf(grants), "bundlesSaved", String.valueOf(bundles),
                    "lastChange", String.valueOf(changes.sequence()));
        }
    }
}
