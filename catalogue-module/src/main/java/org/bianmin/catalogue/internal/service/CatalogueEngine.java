package org.bianmin.catalogue.internal.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.catalogue.CatalogueChange;
import org.bianmin.catalogue.ChangeKind;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.catalogue.internal.domain.CatalogueState;
import org.bianmin.catalogue.internal.persistence.CatalogueAuditOutbox;
import org.bianmin.catalogue.internal.persistence.CatalogueStore;
import org.bianmin.internal.outbox.AuditOutboxTable;
import org.bianmin.internal.outbox.AuditOutboxWriter;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.core.Checks;
import org.bianmin.core.spi.TimeSource;

/**
 * The catalogue's engine: the database (through {@link JpaUnit}) and its in-memory index
 * ({@link CatalogueState}) kept in step. Every change runs in one transaction that writes its rows,
 * its recorded {@link CatalogueChange}s and its audit events, into the catalogue's audit outbox
 * ({@code catalogue_audit_outbox}, {@link AuditOutboxWriter}); only after the commit does the index
 * take the change and the registered {@link AuditTrail} integrate the events, so a failure leaves
 * nothing anywhere and a committed change always has its events, even when no trail is registered.
 * Changes made by another node on the same database are picked up by a cheap check of the last change
 * number, at most once per refresh interval for queries and always before a change.
 */
public final class CatalogueEngine {
    private final JpaUnit unit;
    private final TimeSource clock;
    private final AuditOutboxTable auditOutbox;
    private final AuditOutboxWriter audit;
    private final long refreshNanos;
    private final ReentrantLock changeLock = new ReentrantLock();
    private volatile CatalogueState state;
    private volatile long lastCheck;

    /**
     * @param unit            the catalogue's persistence unit
     * @param clock           the time source for change records
     * @param audit           the audit trail, or a supplier of null when none is registered
     * @param refreshInterval how stale the index may be with respect to other nodes' changes
     */
    public CatalogueEngine(JpaUnit unit, TimeSource clock, Supplier<AuditTrail> audit, Duration refreshInterval) {
        this.unit = Checks.required(unit, "persistence unit");
        this.clock = Checks.required(clock, "clock");
        this.auditOutbox = new AuditOutboxTable(unit, CatalogueAuditOutbox.SOURCE);
        this.audit = new AuditOutboxWriter(unit, auditOutbox, audit, clock);
        this.refreshNanos = refreshInterval.toNanos();
        this.state = unit.inTransaction(em -> new CatalogueStore(em).load());
        this.lastCheck = System.nanoTime();
    }

    /**
     * The index, reloaded first when another node has changed the database since the last check. A
     * query never waits for a change in progress on this node: it then answers from the current index.
     */
    public CatalogueState state() {
        long now = System.nanoTime();
        if (now - lastCheck > refreshNanos && changeLock.tryLock()) {
            try {
                lastCheck = now;
                reloadIfBehind();
            } finally {
                changeLock.unlock();
            }
        }
        return state;
    }

    /** The catalogue's audit outbox, which the audit trail integrates. */
    public AuditOutboxTable auditOutbox() {
        return auditOutbox;
    }

    /** Runs read-only work on the database. */
    public <T> T query(java.util.function.Function<CatalogueStore, T> work) {
        return unit.inTransaction(em -> work.apply(new CatalogueStore(em)));
    }

    private void reloadIfBehind() {
        long last = unit.inTransaction(em -> new CatalogueStore(em).lastChange());
        if (last != state.lastChange()) {
            state = unit.inTransaction(em -> new CatalogueStore(em).load());
        }
    }

    /** The work of one change. */
    @FunctionalInterface
    public interface Mutation<T> {
        /**
         * Validates against {@code state}, writes through {@code store}, records through {@code changes},
         * and returns the result. {@code state} is the live index (apply to it only through
         * {@link Changes#after}) or, for a staged change, a private copy that it may change directly.
         */
        T apply(CatalogueState state, CatalogueStore store, Changes changes);
    }

    /**
     * Runs a change: validation, rows, change records and audit events in one transaction, then the
     * index update. Changes are serialised.
     */
    public <T> T change(Mutation<T> mutation) {
        return locked(mutation, false);
    }

    /**
     * Runs a change of many records (an import) on a private copy of the index, so that each record
     * is checked against the ones before it; the copy becomes the index after the commit.
     */
    public <T> T stagedChange(Mutation<T> mutation) {
        return locked(mutation, true);
    }

    private <T> T locked(Mutation<T> mutation, boolean staged) {
        changeLock.lock();
        try {
            reloadIfBehind();
            CatalogueState target = staged ? state.copy() : state;
            Changes changes = new Changes(target.lastChange());
            T result = unit.inTransaction(em -> {
                T value = mutation.apply(target, new CatalogueStore(em), changes);
                em.flush();
                changes.events.forEach(event -> audit.write(em, event));
                return value;
            });
            target.write(() -> {
                changes.updates.forEach(update -> update.accept(target));
                target.advanceTo(changes.sequence);
            });
            state = target;
            return result;
        } finally {
            changeLock.unlock();
        }
    }

    /** Today in the county, by the engine's time source. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.now(), clock.zone());
    }

    /** The change records and audit events of one change, and the index updates to apply after commit. */
    public final class Changes {
        private long sequence;
        private final List<AuditEvent> events = new ArrayList<>();
        private final List<Consumer<CatalogueState>> updates = new ArrayList<>();

        private Changes(long last) {
            this.sequence = last;
        }

        /** The time of this change. */
        public Instant now() {
            return clock.now();
        }

        /**
         * Records a change and returns its sequence number. With {@code audited} true it is also
         * sent to the audit trail (an import sends one summary instead).
         */
        public long record(CatalogueStore into, ChangeKind kind, String subject, ChangeNote note, boolean audited) {
            Checks.required(note, "change note");
            sequence++;
            CatalogueChange change = new CatalogueChange(sequence, kind, subject, note.reason(), note.legalBasis(),
                    note.effective(), note.actor(), now());
            into.record(change);
            if (audited) {
                audit(auditType(kind), note, subject, Map.of("change", String.valueOf(sequence),
                        "kind", kind.name(), "effective", note.effective().toString()));
            }
            return sequence;
        }

        /** Adds an audit event to write into the outbox before the commit. */
        public void audit(AuditEventType type, ChangeNote note, String subject, Map<String, String> details) {
            Map<String, String> all = new java.util.TreeMap<>(details);
            all.put("reason", note.reason());
            all.put("legalBasis", note.legalBasis());
            events.add(new AuditEvent(type, note.actor(), subject, all));
        }

        /** An update of the index to apply once the transaction has committed. */
        public void after(Consumer<CatalogueState> update) {
            updates.add(update);
        }

        /** The last sequence number this change has used. */
        public long sequence() {
            return sequence;
        }
    }

    static AuditEventType auditType(ChangeKind kind) {
        return switch (kind) {
            case ITEM_ADDED -> AuditEventType.CATALOGUE_ITEM_ADDED;
            case ITEM_AMENDED -> AuditEventType.CATALOGUE_ITEM_AMENDED;
            case ITEM_REMOVED -> AuditEventType.CATALOGUE_ITEM_REMOVED;
            case GRANT_MADE -> AuditEventType.CATALOGUE_GRANT_MADE;
            case GRANT_WITHDRAWN -> AuditEventType.CATALOGUE_GRANT_WITHDRAWN;
            case BUNDLE_SAVED, BUNDLE_REMOVED -> AuditEventType.CATALOGUE_BUNDLE_CHANGED;
            case VERSION_PUBLISHED -> AuditEventType.CATALOGUE_VERSION_PUBLISHED;
            case PLACE_ADDED, BATCH_ADDED -> AuditEventType.ADMINISTRATION;
        };
    }
}
