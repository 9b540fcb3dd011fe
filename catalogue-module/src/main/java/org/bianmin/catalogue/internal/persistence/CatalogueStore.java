package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianmin.catalogue.CatalogueChange;
import org.bianmin.catalogue.CatalogueVersion;
import org.bianmin.catalogue.DevolutionBatch;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.Place;
import org.bianmin.catalogue.PlaceKind;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.internal.domain.CatalogueState;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;

/**
 * Reads and writes the catalogue's tables through one {@link EntityManager} (one transaction, which
 * the caller owns). The whole catalogue is read once into a {@link CatalogueState}; every change
 * writes its rows and its {@link ChangeEntity}.
 */
public final class CatalogueStore {
    /** The entity classes of the catalogue's persistence unit. */
    public static final List<Class<?>> ENTITIES = List.of(PlaceEntity.class, ChangeEntity.class, BatchEntity.class,
            ItemRevisionEntity.class, BundleRevisionEntity.class, GrantEntity.class, GrantTownshipEntity.class,
            VersionEntity.class, CalendarYearEntity.class);

    /** After this many new rows the persistence context is flushed and cleared (large imports). */
    static final int FLUSH_EVERY = 1000;

    private final EntityManager em;
    private int pending;

    public CatalogueStore(EntityManager em) {
        this.em = em;
    }

    /** Persists a new row; a large change is flushed in chunks so the persistence context stays small. */
    private void insert(Object entity) {
        em.persist(entity);
        if (++pending >= FLUSH_EVERY) {
            em.flush();
            em.clear();
            pending = 0;
        }
    }

    /** Loads the whole catalogue, with every item's and bundle's history. */
    public CatalogueState load() {
        CatalogueState state = new CatalogueState();
        List<PlaceEntity> places = em.createQuery("SELECT p FROM PlaceEntity p", PlaceEntity.class).getResultList();
        List<BatchEntity> batches = em.createQuery("SELECT b FROM BatchEntity b", BatchEntity.class).getResultList();
        List<ItemRevisionEntity> items = em.createQuery(
                "SELECT r FROM ItemRevisionEntity r ORDER BY r.changeSeq", ItemRevisionEntity.class).getResultList();
        List<BundleRevisionEntity> bundles = em.createQuery(
                "SELECT r FROM BundleRevisionEntity r ORDER BY r.changeSeq", BundleRevisionEntity.class).getResultList();
        List<GrantEntity> grants = em.createQuery("SELECT g FROM GrantEntity g", GrantEntity.class).getResultList();
        Map<String, Set<DivisionCode>> townships = new HashMap<>();
        for (GrantTownshipEntity link : em.createQuery("SELECT t FROM GrantTownshipEntity t",
                GrantTownshipEntity.class).getResultList()) {
            townships.computeIfAbsent(link.grantId(), id -> new LinkedHashSet<>())
                    .add(new DivisionCode(link.townshipCode()));
        }
        long last = lastChange();
        state.write(() -> {
            // parents before children: county, townships, stations, villages
            places.stream()
                    .map(CatalogueStore::place)
                    .sorted(java.util.Comparator.comparing(p -> p.kind().ordinal()))
                    .forEach(state::putPlace);
            batches.forEach(batch -> state.putBatch(batch.toBatch()));
            // revisions by change order; a timeline needs them by date, which change order respects
            // because a change never takes effect before the entry's latest revision
            items.forEach(r -> state.putItem(r.code(), r.validFrom(), r.item(), r.change()));
            bundles.forEach(r -> state.putBundle(r.code(), r.validFrom(), r.bundle(), r.change()));
            grants.forEach(g -> state.putGrant(g.toGrant(townships.getOrDefault(g.id(), Set.of()))));
            state.advanceTo(last);
        });
        return state;
    }

    /** The sequence of the last recorded change, 0 when none. */
    public long lastChange() {
        Long max = em.createQuery("SELECT MAX(c.changeSeq) FROM ChangeEntity c", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    private static Place place(PlaceEntity entity) {
        return new Place(new DivisionCode(entity.divisionCode()), entity.placeName(),
                PlaceKind.valueOf(entity.placeKind()),
                entity.parentCode() == null ? null : new DivisionCode(entity.parentCode()));
    }

    public void record(CatalogueChange change) {
        insert(new ChangeEntity(change));
    }

    public void addPlace(Place place, Instant now) {
        insert(new PlaceEntity(place.code().value(), place.name(), place.kind().name(),
                place.parent() == null ? null : place.parent().value(), now));
    }

    public void addBatch(DevolutionBatch batch, long change) {
        insert(new BatchEntity(batch, change));
    }

    public void addItemRevision(long change, String code, LocalDate from, ServiceItem item) {
        insert(new ItemRevisionEntity(change, code, from, item));
    }

    public void addBundleRevision(long change, String code, LocalDate from, ServiceBundle bundle) {
        insert(new BundleRevisionEntity(change, code, from, bundle));
    }

    public void addGrant(DevolutionGrant grant, long change) {
        insert(new GrantEntity(grant, change));
        for (DivisionCode township : grant.townships()) {
            insert(new GrantTownshipEntity(grant.id(), township.value()));
        }
    }

    public void withdrawGrant(DevolutionGrant withdrawn) {
        GrantEntity entity = em.find(GrantEntity.class, withdrawn.id());
        if (entity == null) {
            throw new IllegalStateException("grant " + withdrawn.id() + " vanished from the database");
        }
        entity.withdraw(withdrawn.withdrawal());
    }

    /** The recorded changes after {@code after}, at most {@code max}. */
    public List<CatalogueChange> changes(long after, int max) {
        return em.createQuery("SELECT c FROM ChangeEntity c WHERE c.changeSeq > :after ORDER BY c.changeSeq",
                        ChangeEntity.class)
                .setParameter("after", after)
                .setMaxResults(max)
                .getResultList().stream().map(ChangeEntity::toChange).toList();
    }

    public void addVersion(VersionEntity version) {
        insert(version);
    }

    /** Every published version, oldest first, without loading the snapshots. */
    public List<CatalogueVersion> versions() {
        return em.createQuery("SELECT v.versionNo, v.title, v.asOf, v.publishedAt, v.publishedBy, v.reason, "
                        + "v.legalBasis, v.lastChange, v.itemCount, v.grantCount, v.digest FROM VersionEntity v "
                        + "ORDER BY v.versionNo", Object[].class)
                .getResultList().stream()
                .map(row -> new CatalogueVersion((Integer) row[0], (String) row[1], LocalDate.parse((String) row[2]),
                        (Instant) row[3], Actor.of((String) row[4]), (String) row[5], (String) row[6],
                        (Long) row[7], (Integer) row[8], (Integer) row[9], (String) row[10]))
                .toList();
    }

    public VersionEntity version(int number) {
        return em.find(VersionEntity.class, number);
    }

    /** The highest version number, 0 when none is published. */
    public int lastVersion() {
        Integer max = em.createQuery("SELECT MAX(v.versionNo) FROM VersionEntity v", Integer.class).getSingleResult();
        return max == null ? 0 : max;
    }
}
