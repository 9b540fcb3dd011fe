package org.bianmin.seal.internal.registry;

import static org.bianmin.seal.SealState.ACTIVE;
import static org.bianmin.seal.SealState.APPROVED;
import static org.bianmin.seal.SealState.MADE;
import static org.bianmin.seal.SealState.REJECTED;
import static org.bianmin.seal.SealState.REQUESTED;
import static org.bianmin.seal.SealState.REVOKED;
import static org.bianmin.seal.SealState.SUSPENDED;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bianmin.audit.AuditEventType;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.SealState;

/**
 * The lifecycle of a seal (the diagram on {@link SealState}): which action moves a seal
 * from which states to which, and the audit event it produces.
 */
enum SealLifecycle {
    APPROVE(Set.of(REQUESTED), APPROVED, AuditEventType.SEAL_APPROVED),
    REJECT(Set.of(REQUESTED), REJECTED, AuditEventType.ADMINISTRATION),
    MAKE(Set.of(APPROVED), MADE, AuditEventType.SEAL_MADE),
    ACTIVATE(Set.of(MADE), ACTIVE, AuditEventType.SEAL_ACTIVATED),
    SUSPEND(Set.of(ACTIVE), SUSPENDED, AuditEventType.SEAL_SUSPENDED),
    RESUME(Set.of(SUSPENDED), ACTIVE, AuditEventType.SEAL_RESUMED),
    REVOKE(Set.of(APPROVED, MADE, ACTIVE, SUSPENDED), REVOKED, AuditEventType.SEAL_REVOKED),
    DESTROY(Set.of(REVOKED, REJECTED), SealState.DESTROYED, AuditEventType.SEAL_DESTROYED);

    private final Set<SealState> from;
    private final SealState to;
    private final AuditEventType event;

    SealLifecycle(Set<SealState> from, SealState to, AuditEventType event) {
        this.from = from;
        this.to = to;
        this.event = event;
    }

    /** The state the action leads to. */
    SealState to() {
        return to;
    }

    /** The audit event type of the action. */
    AuditEventType event() {
        return event;
    }

    /** Whether a seal in {@code state} may take this action. */
    boolean allowedFrom(SealState state) {
        return from.contains(state);
    }

    /**
     * Fails with {@code SEAL_WRONG_STATE} unless a seal in {@code state} may take this action; the
     * message says what the seal is waiting for and which actions it allows now.
     */
    void check(String esId, SealState state) {
        if (!allowedFrom(state)) {
            String waiting = state == REQUESTED && from.contains(APPROVED)
                    ? " (it has not been approved: an approver other than the requester approves it first)" : "";
            List<String> now = Arrays.stream(values()).filter(action -> action.allowedFrom(state))
                    .map(action -> action.name().toLowerCase(Locale.ROOT)).toList();
            throw new BianminException(ErrorCode.SEAL_WRONG_STATE, "seal " + esId + " is " + state + "; to "
                    + name().toLowerCase(Locale.ROOT) + " it must be " + from + waiting
                    + (now.isEmpty() ? "; no action is left for it" : "; allowed now: " + String.join(", ", now)));
        }
    }
}
