package org.bianmin.audit.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.log.LogTime;

/** A published checkpoint as stored. */
@Entity
@Table(name = "audit_checkpoint")
public class CheckpointRow {
    @Id
    private long treeSize;
    private byte[] rootHash;
    private long signedMicros;
    private String keyId;
    @Column(name = "signature_der")
    private byte[] signature;

    protected CheckpointRow() {
    }

    public CheckpointRow(Checkpoint checkpoint) {
        this.treeSize = checkpoint.treeSize();
        this.rootHash = checkpoint.rootHash();
        this.signedMicros = LogTime.toMicros(checkpoint.time());
        this.keyId = checkpoint.keyId();
        this.signature = checkpoint.signature();
    }

    /** The API record. */
    public Checkpoint toCheckpoint() {
        return new Checkpoint(treeSize, rootHash, LogTime.fromMicros(signedMicros), keyId, signature);
    }
}
