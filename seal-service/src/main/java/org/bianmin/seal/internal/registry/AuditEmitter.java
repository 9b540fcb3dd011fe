package org.bianmin.seal.internal.registry;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.function.Supplier;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.outbox.AuditOutboxWriter;
import org.bianmin.seal.internal.persistence.SealStore;

/**
 * Records the registry's privileged actions (requests … destruction, custody, proposals, every use
 * of a seal) for the audit trail: the event is written into the seal schema's audit outbox
 * ({@code seal_audit_outbox}) in the operation's own transaction, so an operation that fails leaves
 * no event and one that commits always has one, even when no trail is registered at that moment.
 * After the commit the trail registered then integrates it into its log ({@link AuditOutboxWriter}).
 */
public final class AuditEmitter {
    private final AuditOutboxWriter writer;

    /**
     * An emitter into the outbox of {@code store}, which after each commit asks the trail
     * {@code trails} gives then (null when none is registered), so that an OSGi audit-trail service
     * may come and go.
     */
    public AuditEmitter(SealStore store, Supplier<AuditTrail> trails, TimeSource clock) {
        this.writer = store.auditWriter(trails, clock);
    }

    /** Records one event in the transaction of {@code em}. */
    public void emit(EntityManager em, AuditEventType type, Actor actor, String esId, Map<String, String> details) {
        writer.write(em, new AuditEvent(type, actor, esId, details));
    }
}
