package org.bianmin.catalogue.internal.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.catalogue.CatalogueChange;
import org.bianmin.catalogue.CatalogueDiff;
import org.bianmin.catalogue.CatalogueListing;
import org.bianmin.catalogue.CatalogueVersion;
import org.bianmin.catalogue.CatalogueVersions;
import org.bianmin.catalogue.ChangeKind;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.internal.domain.CatalogueSnapshot;
import org.bianmin.catalogue.internal.domain.CatalogueState;
import org.bianmin.catalogue.internal.domain.HandlingResolver;
import org.bianmin.catalogue.internal.persistence.VersionEntity;
import org.bianmin.catalogue.internal.transfer.CatalogueJson;
import org.bianmin.catalogue.internal.transfer.SnapshotDiffer;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link CatalogueVersions} over the {@link CatalogueEngine}. A published version stores its whole
 * snapshot with its SHA-256; reading a version checks the digest, so an altered row is reported rather
 * than served. Recently used versions stay in memory (they never change).
 */
@Component(service = CatalogueVersions.class)
public final class CatalogueVersionsService implements CatalogueVersions {
    private static final int CACHED = 4;

    private final CatalogueEngine engine;
    private final Map<Integer, Published> cache = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Published> eldest) {
            return size() > CACHED;
        }
    };

    CatalogueVersionsService(CatalogueEngine engine) {
        this.engine = Checks.required(engine, "engine");
    }

    /** The service in OSGi. */
    @Activate
    public CatalogueVersionsService(@Reference CatalogueEngineComponent engine) {
        this(engine.engine());
    }

    @Override
    public CatalogueVersion publish(String title, ChangeNote note) {
        Checks.required(note, "change note");
        return engine.change((state, store, changes) -> {
            CatalogueSnapshot snapshot = state.snapshot(note.effective());
            String json = CatalogueJson.writeCompact(snapshot);
            int number = store.lastVersion() + 1;
            long seq = changes.record(store, ChangeKind.VERSION_PUBLISHED, "version " + number, note, true);
            CatalogueVersion version = new CatalogueVersion(number, title, note.effective(), changes.now(),
                    note.actor(), note.reason(), note.legalBasis(), seq, snapshot.items().size(),
                    snapshot.grants().size(), sha256(json));
            store.addVersion(new VersionEntity(version, json));
            return version;
        });
    }

    @Override
    public List<CatalogueVersion> versions() {
        return engine.query(store -> store.versions());
    }

    @Override
    public CatalogueVersion version(int number) {
        return entity(number).toVersion();
    }

    @Override
    public List<ServiceItem> items(int version) {
        return snapshot(version).items();
    }

    @Override
    public List<DevolutionGrant> grants(int version) {
        return snapshot(version).grants();
    }

    @Override
    public HandlingAnswer whoHandles(String itemCode, DivisionCode place, LocalDate date, int version) {
        return HandlingResolver.resolve(published(version).index(), itemCode, place, date, version);
    }

    @Override
    public CatalogueDiff diff(int from, int to) {
        return SnapshotDiffer.diff(from, snapshot(from), to, snapshot(to));
    }

    @Override
    public CatalogueListing listing(int version) {
        CatalogueSnapshot snapshot = snapshot(version);
        return new CatalogueListing(version(version), snapshot.items(), snapshot.bundles());
    }

    @Override
    public List<CatalogueChange> changes(long afterSequence, int max) {
        Checks.positive(max, "max");
        return engine.query(store -> store.changes(afterSequence, max));
    }

    private VersionEntity entity(int number) {
        VersionEntity entity = engine.query(store -> store.version(number));
        if (entity == null) {
            throw new BianminException(ErrorCode.VERSION_NOT_FOUND, "version " + number + " has not been published");
        }
        return entity;
    }

    /** The snapshot of a published version, checked against its digest. */
    CatalogueSnapshot snapshot(int number) {
        return published(number).snapshot();
    }

    /** A published version's snapshot, and its index once asked for. Both never change. */
    private static final class Published {
        private final CatalogueSnapshot snapshot;
        private CatalogueState index;

        Published(CatalogueSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        CatalogueSnapshot snapshot() {
            return snapshot;
        }

        synchronized CatalogueState index() {
            if (index == null) {
                index = CatalogueState.of(snapshot, 0);
            }
            return index;
        }
    }

    private Published published(int number) {
        synchronized (cache) {
            Published cached = cache.get(number);
            if (cached != null) {
                return cached;
            }
        }
        VersionEntity entity = entity(number);
        String digest = sha256(entity.snapshot());
        if (!digest.equals(entity.toVersion().digest())) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "the stored snapshot of version " + number
                    + " does not match its digest: it was altered after publication");
        }
        Published published = new Published(CatalogueJson.read(entity.snapshot(), entity.toVersion().asOf()));
        synchronized (cache) {
            cache.put(number, published);
        }
        return published;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
