package org.bianmin.audit.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * An outbox record the trail has integrated: its source and id, and the sequence number of the
 * entry it became. Written in the transaction that appends the entry, so the two exist together or
 * not at all.
 */
@Entity
@Table(name = "audit_outbox_integrated")
@IdClass(IntegratedRow.Key.class)
public class IntegratedRow {
    @Id
    private String source;
    @Id
    private long outboxId;
    private long seqNo;

    protected IntegratedRow() {
    }

    public IntegratedRow(String source, long outboxId, long sequence) {
        this.source = source;
        this.outboxId = outboxId;
        this.seqNo = sequence;
    }

    public long outboxId() {
        return outboxId;
    }

    /** The primary key: source and outbox id (a JPA id class, which needs a no-argument constructor). */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String source;
        private long outboxId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.outboxId == outboxId && Objects.equals(key.source, source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, outboxId);
        }
    }
}
