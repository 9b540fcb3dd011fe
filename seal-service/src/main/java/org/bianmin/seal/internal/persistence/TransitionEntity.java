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
    @Column(name = "transition_id", length = 36)
    private String id;
    @Column(name = "es_id", nullable = false, length = 32)
    private String esId;
    @Column(name = "step", nullable = false)
    private int step;
    @Column(name = "from_state", length = 16)
    private String fromState;
    @Column(name = "to_state", nullable = false, length = 16)
    private String toState;
    @Column(name = "actor_id", nullable = false, length = 128)
    private String actor;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "effective_at", nullable = false)
    private Instant effectiveAt;
    @Column(name = "reason", length = 500)
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
