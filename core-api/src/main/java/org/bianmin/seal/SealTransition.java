package org.bianmin.seal;

import java.time.Instant;
import org.bianmin.core.Actor;
import org.bianmin.core.Checks;

/**
 * One recorded step of a seal's lifecycle: who moved it from which state to which, when and why.
 *
 * @param esId        the seal
 * @param from        the state before, null for the request itself
 * @param to          the state after
 * @param actor       who did it
 * @param at          when it was recorded
 * @param effectiveAt when it takes effect (a revocation may name an earlier effective time)
 * @param reason      why, as the actor gave it
 */
public record SealTransition(String esId, SealState from, SealState to, Actor actor, Instant at,
        Instant effectiveAt, String reason) {
    public SealTransition {
        Checks.text(esId, "esID");
        Checks.required(to, "to state");
        Checks.required(actor, "actor");
        Checks.required(at, "at");
        Checks.required(effectiveAt, "effective at");
        reason = Checks.optionalText(reason);
    }
}
