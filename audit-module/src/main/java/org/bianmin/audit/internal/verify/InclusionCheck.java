package org.bianmin.audit.internal.verify;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.json.JsonFormatException;
import org.bianmin.audit.internal.log.EntryCodec;
import org.bianmin.audit.internal.log.LoggedEntry;
import org.bianmin.audit.internal.merkle.ProofVerifier;
import org.bianmin.audit.internal.merkle.Sm3Hasher;

/**
 * Checks that an entry is in the log as of a checkpoint (RFC 9162 §2.1.3.2): the entry's canonical
 * line hashes to the leaf, and the audit path leads from it to the checkpoint's signed root. The
 * checkpoint's signature is checked separately ({@link CheckpointSignatureCheck}).
 */
public final class InclusionCheck {
    private InclusionCheck() {
    }

    /** The name of this check for entry {@code leafIndex}. */
    public static String name(long leafIndex, long treeSize) {
        return "inclusion-proof[entry=" + leafIndex + ", size=" + treeSize + "]";
    }

    /** Judges the proof that {@code entryLine} is leaf {@code leafIndex} of the tree of {@code treeSize}. */
    public static AuditCheckResult check(String entryLine, long leafIndex, long treeSize, List<byte[]> path,
            Checkpoint checkpoint) {
        String name = name(leafIndex, treeSize);
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return AuditCheckResult.failed(name, Reason.ENTRY_BEYOND_TREE,
                    "entry " + leafIndex + " is not in a tree of " + treeSize + " entries");
        }
        if (treeSize != checkpoint.treeSize()) {
            return AuditCheckResult.failed(name, Reason.PROOF_SIZE_MISMATCH,
                    "the proof is for " + treeSize + " entries, the checkpoint covers " + checkpoint.treeSize());
        }
        LoggedEntry entry;
        try {
            entry = EntryCodec.parse(entryLine);
        } catch (JsonFormatException | IllegalArgumentException e) {
            return AuditCheckResult.failed(name, Reason.PAYLOAD_NOT_CANONICAL, "the entry: " + e.getMessage());
        }
        if (entry.sequence() != leafIndex) {
            return AuditCheckResult.failed(name, Reason.PROOF_ROOT_MISMATCH,
                    "the entry has sequence " + entry.sequence() + ", the proof is for leaf " + leafIndex);
        }
        Sm3Hasher hasher = new Sm3Hasher();
        byte[] leaf = hasher.leaf(entryLine.getBytes(StandardCharsets.UTF_8));
        return switch (new ProofVerifier(hasher).inclusion(leafIndex, treeSize, leaf, path, checkpoint.rootHash())) {
            case VALID -> AuditCheckResult.passed(name, path.size() + " hashes lead from the entry to the checkpoint's root");
            case LEAF_BEYOND_TREE -> AuditCheckResult.failed(name, Reason.ENTRY_BEYOND_TREE,
                    "entry " + leafIndex + " is not in a tree of " + treeSize + " entries");
            case HASH_MALFORMED, SIZES_INVALID -> AuditCheckResult.failed(name, Reason.PROOF_MALFORMED,
                    "every hash must be 32 bytes");
            case PATH_LENGTH_WRONG -> AuditCheckResult.failed(name, Reason.PROOF_LENGTH_WRONG,
                    path.size() + " hashes do not fit leaf " + leafIndex + " of " + treeSize);
            case ROOT_MISMATCH -> AuditCheckResult.failed(name, Reason.PROOF_ROOT_MISMATCH,
                    "the path from this entry does not reach the root signed for " + treeSize + " entries");
        };
    }
}
