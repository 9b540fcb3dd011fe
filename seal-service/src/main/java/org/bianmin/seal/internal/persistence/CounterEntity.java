package org.bianmin.seal.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named counter (e.g. the esID sequence of a division code), advanced under a row lock. */
@Entity
@Table(name = "seal_counter")
public class CounterEntity {
    @Id
    private String counterId;
    private long lastIssued;

    protected CounterEntity() {
    }

    public CounterEntity(String id) {
        this.counterId = id;
    }

    /** Takes the next value. */
    public long next() {
        lastIssued++;
        return lastIssued;
    }

    public long lastIssued() {
        return lastIssued;
    }
}
