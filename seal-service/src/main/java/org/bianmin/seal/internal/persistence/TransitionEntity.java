package org.bianmin.seal.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.bianmin.seal.SealTransition;
import org.bianmin.seal.SealState;
import org.bianmin.core.Actor;

/** One recorded lifecycle step of a seal; rows are only ever added. */
@Entity
@Table(name = "seal_transition")
public class TransitionEntity {
    @Id
    private String transitionId;
    private String esId;
    private int step;
    private String fromState;
    private String toState;
    private String actorId;
    private Instant recordedAt;
    private Instant effectiveAt;
    private String reason;

    protected TransitionEntity() {
    }

    /** The {@code step}th transition of its seal, under a fresh random id. */
    public TransitionEntity(int step, SealTransition transition) {
        this.transitionId = UUID.randomUUID().toString();
        this.esId = transition.esId();
        this.step = step;
        this.fromState = transition.from() == null ? null : transition.from().name();
        this.toState = transition.to().name();
        this.actorId = transition.actor().id();
        this.recordedAt = transition.at();
        this.effectiveAt = transition.effectiveAt();
        this.reason = transition.reason();
    }

    public String esId() {
        return esId;
    }

    public SealTransition toTransition() {
        return new SealTransition(esId, fromState == null ? null : SealState.valueOf(fromState),
                SealState.valueOf(toState), Actor.of(actorId), recordedAt, effectiveAt, reason);
    }
}
