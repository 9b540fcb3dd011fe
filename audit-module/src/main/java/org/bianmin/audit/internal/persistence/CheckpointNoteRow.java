package org.bianmin.audit.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A checkpoint's signed note as the log signed it, the cosignature lines witnesses returned for it,
 * and the time-stamp token over its text when an authority gave one.
 */
@Entity
@Table(name = "audit_checkpoint_note")
public class CheckpointNoteRow {
    @Id
    private long treeSize;
    private String noteText;
    private String cosignatureLines;
    private byte[] timeStampToken;

    protected CheckpointNoteRow() {
    }

    public CheckpointNoteRow(long treeSize, String noteText) {
        this(treeSize, noteText, null);
    }

    /** The note of a new checkpoint with its time-stamp token (DER), or null without one. */
    public CheckpointNoteRow(long treeSize, String noteText, byte[] timeStampToken) {
        this.treeSize = treeSize;
        this.noteText = noteText;
        this.timeStampToken = timeStampToken == null ? null : timeStampToken.clone();
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

    /** The RFC 3161 time-stamp token over the note's text (DER), or null when it has none. */
    public byte[] timeStampToken() {
        return timeStampToken == null ? null : timeStampToken.clone();
    }
}
