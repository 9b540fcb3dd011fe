package org.bianmin.seal.internal.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.bianmin.core.BianminException;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SealTransition;

/**
 * The state a seal was in at an instant, from its recorded transitions' effective times. A
 * revocation may take effect before it was recorded (a seal reported lost since a date); from its
 * effective time on, the seal counts as revoked whatever was recorded later, except destruction.
 *
 * <p>Signing times in GB/T 38540 are GeneralizedTime to the second, truncated down, so a signature
 * made just after activation may claim an earlier instant than the activation. A transition
 * therefore counts from the start of the second in which it took effect. This errs only towards
 * refusal for suspension and revocation (a signature in the same second is judged after them), and
 * never lets a seal sign while not active: the registry itself checks the state when it signs.
 */
final class StateAt {
    private StateAt() {
    }

    static SealState of(String esId, List<SealTransition> transitions, Instant instant) {
        return find(transitions, instant).orElseThrow(
                () -> BianminException.invalid("seal " + esId + " had not been requested at " + instant));
    }

    /** The state at {@code instant}; empty when the seal had not been requested by then. */
    static Optional<SealState> find(List<SealTransition> transitions, Instant instant) {
        SealState latest = null;
        boolean revoked = false;
        boolean destroyed = false;
        for (SealTransition transition : transitions) {
            if (transition.effectiveAt().truncatedTo(ChronoUnit.SECONDS).isAfter(instant)) {
                continue;
            }
            SealState to = transition.to();
            revoked |= to == SealState.REVOKED;
            destroyed |= to == SealState.DESTROYED;
            latest = to;
        }
        if (latest == null) {
            return Optional.empty();
        }
        if (destroyed) {
            return Optional.of(SealState.DESTROYED);
        }
        return Optional.of(revoked ? SealState.REVOKED : latest);
    }
}
