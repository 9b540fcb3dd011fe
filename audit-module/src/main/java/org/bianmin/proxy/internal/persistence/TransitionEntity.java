package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bianmin.core.Actor;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.CaseTransition;

/** One recorded move of a case: actor and time are kept for every transition. */
@Entity
@Table(name = "proxy_transition")
public class TransitionEntity {
    @Id
    private String transitionId;
    private String caseId;
    private int step;
    private String fromState;
    private String toState;
    private String actorId;
    private Instant movedAt;
    private String note;

    protected TransitionEntity() {
    }

    public TransitionEntity(CaseTransition transition, int step) {
        this.transitionId = transition.caseId() + "#" + step;
        this.caseId = transition.caseId();
        this.step = step;
        this.fromState = transition.from() == null ? null : transition.from().name();
        this.toState = transition.to().name();
        this.actorId = transition.actor().id();
        this.movedAt = transition.at();
        this.note = transition.note() == null ? null : truncate(transition.note());
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    public CaseTransition toTransition() {
        return new CaseTransition(caseId, fromState == null ? null : CaseState.valueOf(fromState),
                CaseState.valueOf(toState), Actor.of(actorId), movedAt, note);
    }
}
