package org.bianmin.seal.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded lifecycle step of a seal; rows are only ever added. */
@Entity
@Table(name = "seal_transition")
public class TransitionEntity {
    @Id
    @Column(name = "transition_id")
    private String id;
    private String esId;
    private int step;
    private String fromState;
    private String toState;
    @Column(name = "actor_id")
    private String actor;
    private Instant recordedAt;
    private Instant effectiveAt;
    private String reason;

    protected TransitionEntity() {
    }

    public TransitionEntity(String id, String esId, int step, String fromState, String toState, String actor,
            Instant recordedAt, Instant effectiveAt, String reason) {
        this.id = id;
        this.esId = esId;
        this.step = step;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.recordedAt = recordedAt;
        this.effectiveAt = effectiveAt;
        this.reason = reason;
    }

    public String esId() {
        return esId;
    }

    public int step() {
        return step;
    }

    public String fromState() {
        return fromState;
    }

    public String toState() {
        return toState;
    }

    public String actor() {
        return actor;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant effectiveAt() {
        return effectiveAt;
    }

    public String reason() {
        return reason;
    }
}
