package org.bianmin.seal.internal.registry;

import java.util.Map;
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
    private final AuditTrail trail;

    /** An emitter to {@code trail}; null when no audit trail is registered. */
    public AuditEmitter(AuditTrail trail) {
        this.trail = trail;
    }

    /** Appends one event, if a trail is registered. */
    public void emit(AuditEventType type, Actor actor, String esId, Map<String, String> details) {
        if (trail != null) {
            trail.append(new AuditEvent(type, actor, esId, details));
        }
    }
}
