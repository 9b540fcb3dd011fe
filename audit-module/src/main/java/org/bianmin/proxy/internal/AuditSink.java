package org.bianmin.proxy.internal;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.function.Supplier;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * Sends the ledger's events to the audit trail when one is registered. Case events go after the
 * transaction commits (a refused operation emits nothing); a read of personal data in clear is
 * recorded before the data is handed out, and refused when it cannot be recorded.
 */
final class AuditSink {
    private static final System.Logger LOG = System.getLogger(AuditSink.class.getName());

    private final Supplier<AuditTrail> trails;

    /** @param trails gives the trail when one is registered, else null */
    AuditSink(Supplier<AuditTrail> trails) {
        this.trails = trails;
    }

    /** Records a committed change; a failing trail is logged, the change stands. */
    void changed(AuditEventType type, Actor actor, String subject, Map<String, String> details) {
        AuditTrail trail = trails.get();
        if (trail == null) {
            return;
        }
        try {
            trail.append(new AuditEvent(type, actor, subject, details));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit trail refused " + type + " of " + subject + ": " + e);
        }
    }

    /** Records a read of personal data in clear; fails when the read cannot be recorded. */
    void personalDataRead(Actor actor, String subject, Map<String, String> details) {
        required(AuditEventType.PERSONAL_DATA_READ, actor, subject, details,
                "personal data is only shown in clear when the read can be recorded");
    }

    /**
     * Records an action on personal data before it is taken; fails ({@code NOT_PERMITTED}, saying
     * {@code why}) when it cannot be recorded.
     */
    void required(AuditEventType type, Actor actor, String subject, Map<String, String> details, String why) {
        AuditTrail trail = trails.get();
        if (trail == null) {
            throw new BianminException(ErrorCode.NOT_PERMITTED, why + ": no audit trail service is registered");
        }
        trail.append(new AuditEvent(type, actor, subject, details));
    }
}
