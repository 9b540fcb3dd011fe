package org.bianmin.proxy;

import java.time.Instant;
import org.bianmin.core.Actor;
import org.bianmin.core.Checks;

/**
 * One recorded move of a case: who moved it from which state to which, and when.
 *
 * @param caseId the case
 * @param from   the state before, null for the receipt itself
 * @param to     the state after
 * @param actor  who did it
 * @param at     when
 * @param note   what the actor recorded: the missing materials of a one-time notice, the place a
 *               case was forwarded to, a rejection's reason, how the applicant was told
 */
public record CaseTransition(String caseId, CaseState from, CaseState to, Actor actor, Instant at, String note) {
    public CaseTransition {
        caseId = Checks.text(caseId, "case id");
        Checks.required(to, "to state");
        Checks.required(actor, "actor");
        Checks.required(at, "at");
        note = Checks.optionalText(note);
    }
}
