package org.bianmin.seal.internal.registry;

import java.time.Instant;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.seal.SealState;
import org.bianmin.seal.internal.persistence.TransitionEntity;

/**
 * The state a seal was in at an instant, from its recorded transitions' effective times. A
 * revocation may take effect before it was recorded (a seal reported lost since a date); from its
 * effective time on, the seal counts as revoked whatever was recorded later, except destruction.
 */
final class StateAt {
    private StateAt() {
    }

    static SealState of(String esId, List<TransitionEntity> transitions, Instant instant) {
        SealState latest = null;
        boolean revoked = false;
        boolean destroyed = false;
        for (TransitionEntity transition : transitions) {
            if (transition.effectiveAt().isAfter(instant)) {
                continue;
            }
            SealState to = SealState.valueOf(transition.toState());
            revoked |= to == SealState.REVOKED;
            destroyed |= to == SealState.DESTROYED;
            latest = to;
        }
        if (latest == null) {
            throw BianminException.invalid("seal " + esId + " had not been requested at " + instant);
        }
        if (destroyed) {
            return SealState.DESTROYED;
        }
        return revoked ? SealState.REVOKED : latest;
    }
}
