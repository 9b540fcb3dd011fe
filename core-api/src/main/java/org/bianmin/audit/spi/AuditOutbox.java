package org.bianmin.audit.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's audit outbox (审计发件箱): the table in the module's own schema where an audited
 * change writes its audit event in the change's own database transaction, so that a change that
 * rolls back leaves no event and a change that commits always leaves one. The audit trail
 * integrates the records into its Merkle log, in order of {@link OutboxRecord#id()}, exactly once:
 * in one transaction of its own it appends them and notes each (source, id) it appended; after that
 * commits it calls {@link #integrated}. A record whose (source, id) is already noted (the trail
 * stopped between its commit and {@code integrated}) is not appended again, only reported
 * integrated.
 *
 * <p>A module registers its outbox as an OSGi service; the trail integrates every registered outbox
 * when it starts, when the outbox appears, on a schedule, and whenever a module asks it to
 * ({@link org.bianmin.audit.AuditTrail#integrate}) right after a change commits.
 */
@ConsumerType
public interface AuditOutbox {
    /**
     * The outbox's name, unique among the platform's outboxes and never changed once records were
     * integrated (e.g. {@code seal}): the trail keys what it integrated by it.
     */
    String source();

    /**
     * At most {@code max} records that are waiting, lowest id first. A record whose transaction
     * has not committed yet is not among them, even when records with higher ids are.
     */
    List<OutboxRecord> pending(int max);

    /** Forgets the records with these ids: the trail holds their events. Ids already forgotten are ignored. */
    void integrated(List<Long> ids);
}
