package org.bianmin.audit.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A checkpoint's signed note as the log signed it, and the cosignature lines witnesses returned for it. */
@Entity
@Table(name = "audit_checkpoint_note")
public class CheckpointNoteRow {
    @Id
    private long treeSize;
    private String noteText;
    private String cosignatureLines;

    protected CheckpointNoteRow() {
    }

    public CheckpointNoteRow(long treeSize, String noteText) {
        this.treeSize = treeSize;
        this.noteText = noteText;
    }

    public long treeSize() {
        return treeSize;
    }

    /** The signed note with the log's own signature lines. */
    public String noteText() {
        return noteText;
    }

    /** The cosignature lines, each ending in a line feed; empty when none. */
    public String cosignatureLines() {
        return cosignatureLines == null ? "" : cosignatureLines;
    }

    /** Replaces the cosignature lines. */
    public void cosignatureLines(String lines) {
        this.cosignatureLines = lines.isEmpty() ? null : lines;
    }
}
