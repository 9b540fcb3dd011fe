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
    @Column(name = "tree_size")
    private long treeSize;

    @Column(name = "root_hash", nullable = false)
    private byte[] rootHash;

    @Column(name = "signed_micros", nullable = false)
    private long signedMicros;

    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    @Column(name = "signature_der", nullable = false)
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
