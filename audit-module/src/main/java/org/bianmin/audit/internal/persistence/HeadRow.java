package org.bianmin.audit.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The tree head: size and root of the whole log. Every append and every checkpoint locks this one
 * row ({@code SELECT … FOR UPDATE}), so appends from several platform nodes on one database are
 * serialised and the log never forks or skips a sequence number.
 */
@Entity
@Table(name = "audit_head")
public class HeadRow {
    /** The id of the only row. */
    public static final int ID = 1;

    @Id
    @Column(name = "head_id")
    private int id;
    private long treeSize;
    private byte[] rootHash;

    protected HeadRow() {
    }

    public long treeSize() {
        return treeSize;
    }

    /** The root, or null for the empty tree. */
    public byte[] rootHash() {
        return rootHash == null ? null : rootHash.clone();
    }

    /** Moves the head to a grown tree. */
    public void advance(long size, byte[] root) {
        this.treeSize = size;
        this.rootHash = root.clone();
    }
}
