package org.bianmin.audit;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.bianmin.audit.spi.AuditOutbox;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The tamper-evident audit trail (防篡改审计日志): an append-only log under a Merkle tree (RFC 9162) with SM3, and
 * SM2-signed checkpoints. The seal registry, the catalogue and the proxy ledger record their
 * privileged actions in it: in their own transactions through an {@link AuditOutbox}, or with
 * {@link #append} when they have no transaction of their own.
 */
@ProviderType
public interface AuditTrail {
    /** Appends one event and returns its entry. */
    AuditEntry append(AuditEvent event);

    /** Appends several events in one transaction, in order. */
    List<AuditEntry> appendAll(List<AuditEvent> events);

    /**
     * Integrates the records waiting in {@code outbox} into the log now, lowest id first, each
     * exactly once (see {@link AuditOutbox}), and returns how many entries it appended. A module
     * calls it right after a change that wrote to its outbox commits; the trail also integrates
     * every registered outbox on its own. Calls for the same outbox run one after the other, so
     * when it returns, every record that had committed before the call is in the log.
     */
    int integrate(AuditOutbox outbox);

    /** The number of entries. */
    long size();

    /** The entry with the given sequence number; fails with {@code AUDIT_ENTRY_NOT_FOUND}. */
    AuditEntry entry(long sequence);

    /** Entries {@code from} (inclusive) to {@code to} (exclusive), for export and replay. */
    List<AuditEntry> entries(long from, long to);

    /** Makes, signs, stores and returns a checkpoint of the current tree. */
    Checkpoint publishCheckpoint();

    /** The newest published checkpoint, if any. */
    Optional<Checkpoint> latestCheckpoint();

    /** The published checkpoint for the given tree size; fails with {@code CHECKPOINT_NOT_FOUND}. */
    Checkpoint checkpoint(long treeSize);

    /** Proves entry {@code sequence} is in the tree of {@code treeSize} entries. */
    InclusionProof inclusionProof(long sequence, long treeSize);

    /** Proves the tree of {@code toSize} entries extends the tree of {@code fromSize}. */
    ConsistencyProof consistencyProof(long fromSize, long toSize);

    /** The checkpoint key's SubjectPublicKeyInfo (DER), for offline verification. */
    byte[] checkpointPublicKey();

    /** Every published checkpoint, oldest (smallest tree) first. */
    List<Checkpoint> checkpoints();

    /**
     * Writes the whole log with its checkpoints and the checkpoint public key to {@code out} in the
     * export format (JSON lines, described in the audit module's README), for an auditor's offline
     * verifier. Does not close {@code out}; fails with {@code STORAGE_FAILURE} when it cannot write.
     */
    void export(OutputStream out);

    /**
     * Writes a self-contained offline proof of entry {@code sequence} to {@code out}: the entry as
     * stored, the newest checkpoint, and the inclusion proof that leads from the entry to that
     * checkpoint's signed root (the audit module's README describes the file). With the county's
     * published audit key, {@code audit-verify.jar} checks it alone. Fails with
     * {@code AUDIT_ENTRY_NOT_FOUND}, with {@code CHECKPOINT_NOT_FOUND} when no checkpoint covers the
     * entry yet, and with {@code STORAGE_FAILURE} when it cannot write. Does not close {@code out}.
     */
    void exportProof(long sequence, OutputStream out);

    /**
     * The checkpoint of {@code treeSize} entries as a signed note (C2SP tlog-checkpoint): origin,
     * size, root hash, a {@code time} extension line, the log's signature lines (SM2, and Ed25519
     * when the key has one), then the cosignature lines witnesses returned for it. Fails with
     * {@code CHECKPOINT_NOT_FOUND}.
     */
    String checkpointNote(long treeSize);

    /** The verifier keys of the log's note signatures ({@code <origin>+<key ID>+<base64 key>}): SM2 first. */
    List<String> noteVerifierKeys();

    /**
     * Whether the checkpoint of {@code treeSize} entries counts under the configured witness
     * policy: at least the required number of the configured witnesses have cosigned it (always,
     * when the policy requires none). Fails with {@code CHECKPOINT_NOT_FOUND}.
     */
    boolean witnessed(long treeSize);

    /**
     * The RFC 3161 time-stamp token (DER) of the checkpoint of {@code treeSize} entries, over the
     * SM3 hash of its signed note's text (the checkpoint body the log's signatures sign), from the
     * platform's time-stamp authority; empty when it was published without one. Fails with
     * {@code CHECKPOINT_NOT_FOUND}.
     */
    Optional<byte[]> checkpointTimeStamp(long treeSize);
}
