package org.bianmin.audit.internal.trail;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.spi.AuditOutbox;
import org.bianmin.audit.spi.OutboxRecord;
import org.bianmin.audit.internal.persistence.HeadRow;
import org.bianmin.audit.internal.persistence.IntegratedRow;
import org.bianmin.core.Checks;
import org.bianmin.internal.persistence.JpaUnit;

/**
 * Moves the records of a module's {@link AuditOutbox} into the log, exactly once and lowest id
 * first. Each pass takes up to {@value #BATCH} pending records and, in one transaction under the
 * locked tree head, appends those whose (source, id) is not yet in {@code audit_outbox_integrated}
 * and notes them there; after that commits it tells the outbox they are integrated. If the process
 * stops between the two, the records are still pending at the next pass and are only reported
 * integrated then, not appended again. Because the check runs under the head lock, two platform
 * nodes integrating the same outbox cannot both append a record; the table's primary key backs it.
 *
 * <p>No high-water mark is kept: a transaction that took a lower id but committed later is simply
 * pending at a later pass. Within one process, passes over the same outbox run one after the other,
 * so a caller that returns from {@link #integrate} knows that every record committed before its call
 * is in the log.
 */
final class OutboxIntegrator {
    /** The most records one pass appends. */
    static final int BATCH = 500;

    private final JpaUnit unit;
    private final LogAppender log;
    private final ConcurrentMap<String, Object> passes = new ConcurrentHashMap<>();

    OutboxIntegrator(JpaUnit unit, LogAppender log) {
        this.unit = unit;
        this.log = log;
    }

    /** Integrates what {@code outbox} holds now; returns the number of entries appended. */
    int integrate(AuditOutbox outbox) {
        Checks.required(outbox, "audit outbox");
        String source = outbox.source();
        synchronized (passes.computeIfAbsent(source, name -> new Object())) {
            int appended = 0;
            Set<Long> seen = new HashSet<>();
            while (true) {
                List<OutboxRecord> pending = outbox.pending(BATCH);
                List<Long> ids = pending.stream().map(OutboxRecord::id).toList();
                // an outbox that keeps listing what it was told is integrated would loop forever
                if (!seen.addAll(ids)) {
                    return appended;
                }
                appended += unit.inTransaction(manager -> append(manager, source, pending));
                outbox.integrated(ids);
                if (pending.size() < BATCH) {
                    return appended;
                }
            }
        }
    }

    private int append(EntityManager manager, String source, List<OutboxRecord> pending) {
        HeadRow head = LogAppender.lockHead(manager);
        Set<Long> done = new HashSet<>(manager.createQuery("SELECT i.outboxId FROM IntegratedRow i"
                        + " WHERE i.source = :source AND i.outboxId IN :ids", Long.class)
                .setParameter("source", source)
                .setParameter("ids", pending.stream().map(OutboxRecord::id).toList())
                .getResultList());
        List<OutboxRecord> fresh = pending.stream().filter(record -> !done.contains(record.id())).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        List<AuditEntry> entries = log.append(manager, head, fresh.stream().map(OutboxRecord::event).toList());
        for (int i = 0; i < fresh.size(); i++) {
            manager.persist(new IntegratedRow(source, fresh.get(i).id(), entries.get(i).sequence()));
        }
        return entries.size();
    }
}
