package org.bianmin.seal.internal.registry;

import java.util.Map;
import java.util.function.Supplier;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;

/**
 * Sends the registry's privileged actions to the audit trail when one is registered. It is called
 * inside the operation's transaction, before the commit: if the trail refuses, the operation fails
 * and nothing is written (fail closed).
 */
public final class AuditEmitter {
    private final Supplier<AuditTrail> trails;

    /**
     * An emitter to the trail {@code trails} gives at each call (null when none is registered), so
     * that an OSGi audit-trail service may come and go.
     */
    public AuditEmitter(Supplier<AuditTrail> trails) {
        this.trails = trails == null ? () -> null : trails;
    }

    /** Appends one event, if a trail is registered. */
    public void emit(AuditEventType type, Actor actor, String esId, Map<String, String> details) {
        AuditTrail trail = trails.get();
        if (trail != null) {
            trail.append(new AuditEvent(type, actor, esId, details));
        }
    }
}
