package org.bianmin.audit.internal.witness;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The latest checkpoint the witness cosigned for one log origin (tree size 0 and no root before the first). */
@Entity
@Table(name = "witness_log")
public class WitnessLogRow {
    @Id
    private String origin;
    private long treeSize;
    private byte[] rootHash;
    private String noteText;
    private long cosignedMicros;

    protected WitnessLogRow() {
    }

    /** The state of a log the witness has not cosigned yet. */
    public WitnessLogRow(String origin) {
        this.origin = origin;
    }

    public long treeSize() {
        return treeSize;
    }

    /** The root hash cosigned last, or null before the first cosignature. */
    public byte[] rootHash() {
        return rootHash == null ? null : rootHash.clone();
    }

    /** Records a cosigned checkpoint. */
    public void cosigned(long size, byte[] root, String note, long micros) {
        this.treeSize = size;
        this.rootHash = root.clone();
        this.noteText = note;
        this.cosignedMicros = micros;
    }

    /** The note cosigned last, or null. */
    public String noteText() {
        return noteText;
    }
}
