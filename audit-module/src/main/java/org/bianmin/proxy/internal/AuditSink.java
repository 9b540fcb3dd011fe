package org.bianmin.proxy.internal;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.function.Supplier;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.outbox.AuditOutboxTable;
import org.bianmin.internal.outbox.AuditOutboxWriter;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.proxy.internal.persistence.ProxyAuditOutbox;

/**
 * Records the ledger's privileged actions and its reads of personal data in clear: the event goes
 * into the ledger's audit outbox ({@code proxy_audit_outbox}) in the transaction of the action or
 * the read, so an action that rolls back leaves no event, one that commits always has one, and
 * personal data is handed out only once its read is recorded. After the commit the trail
 * registered then integrates the event into its log ({@link AuditOutboxWriter}).
 */
final class AuditSink {
    private final JpaUnit unit;
    private final AuditOutboxWriter writer;

    /**
     * @param unit   the ledger's persistence unit, whose schema holds the outbox
     * @param trails gives the trail registered at each call, or null while none is
     * @param clock  the time recorded with each event
     */
    AuditSink(JpaUnit unit, Supplier<AuditTrail> trails, TimeSource clock) {
        this.unit = unit;
        this.writer = new AuditOutboxWriter(unit, new AuditOutboxTable(unit, ProxyAuditOutbox.SOURCE), trails, clock);
    }

    /** Records one event in the transaction of {@code em}, a transaction of the ledger's unit. */
    void record(EntityManager em, AuditEventType type, Actor actor, String subject, Map<String, String> details) {
        writer.write(em, new AuditEvent(type, actor, subject, details));
    }

    /** Records one event in a transaction of its own, committed when this returns. */
    void recordNow(AuditEventType type, Actor actor, String subject, Map<String, String> details) {
        unit.run(em -> record(em, type, actor, subject, details));
    }
}
