package org.bianmin.audit.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.bianmin.audit.internal.merkle.NodeRef;

/** The stored hash of one complete subtree ({@link NodeRef}). */
@Entity
@Table(name = "audit_node")
@IdClass(NodeRow.Key.class)
public class NodeRow {
    @Id
    @Column(name = "node_level")
    private int level;
    @Id
    @Column(name = "node_index")
    private long index;
    private long nodeKey;
    @Column(name = "node_hash")
    private byte[] hash;

    protected NodeRow() {
    }

    public NodeRow(NodeRef ref, byte[] hash) {
        this.level = ref.level();
        this.index = ref.index();
        this.nodeKey = key(ref);
        this.hash = hash.clone();
    }

    /** The single indexed key of a subtree: {@code index * 64 + level}. */
    public static long key(NodeRef ref) {
        return ref.index() * 64 + ref.level();
    }

    public NodeRef ref() {
        return new NodeRef(level, index);
    }

    public byte[] hash() {
        return hash.clone();
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private int level;
        private long index;

        public Key() {
        }

        public Key(int level, long index) {
            this.level = level;
            this.index = index;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.level == level && key.index == index;
        }

        @Override
        public int hashCode() {
            return Objects.hash(level, index);
        }
    }
}
