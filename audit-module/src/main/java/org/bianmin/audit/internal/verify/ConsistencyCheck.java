package org.bianmin.audit.internal.verify;

import java.util.List;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.merkle.ProofVerifier;
import org.bianmin.audit.internal.merkle.Sm3Hasher;

/**
 * Checks that a newer checkpoint's tree extends an older one's without rewriting it (RFC 9162
 * §2.1.4.2), from the consistency proof and the two signed roots.
 */
public final class ConsistencyCheck {
    private ConsistencyCheck() {
    }

    /** The name of this check. */
    public static String name(long fromSize, long toSize) {
        return "consistency-proof[" + fromSize + "->" + toSize + "]";
    }

    /** Judges the proof from {@code older} to {@code newer}. */
    public static AuditCheckResult check(long fromSize, long toSize, List<byte[]> path, Checkpoint older,
            Checkpoint newer) {
        String name = name(fromSize, toSize);
        if (fromSize != older.treeSize() || toSize != newer.treeSize()) {
            return AuditCheckResult.failed(name, Reason.PROOF_SIZE_MISMATCH, "the proof is from " + fromSize + " to "
                    + toSize + " entries, the checkpoints cover " + older.treeSize() + " and " + newer.treeSize());
        }
        return switch (new ProofVerifier(new Sm3Hasher())
                .consistency(fromSize, toSize, older.rootHash(), newer.rootHash(), path)) {
            case VALID -> AuditCheckResult.passed(name, "the tree of " + toSize + " entries extends the tree of " + fromSize);
            case SIZES_INVALID, HASH_MALFORMED, LEAF_BEYOND_TREE -> AuditCheckResult.failed(name, Reason.PROOF_MALFORMED,
                    "sizes " + fromSize + " and " + toSize + " with " + path.size() + " hashes cannot form a proof");
            case PATH_LENGTH_WRONG -> AuditCheckResult.failed(name, Reason.PROOF_LENGTH_WRONG,
                    path.size() + " hashes do not fit sizes " + fromSize + " and " + toSize);
            case ROOT_MISMATCH -> AuditCheckResult.failed(name, Reason.PROOF_ROOT_MISMATCH,
                    "the proof does not join the two signed roots: the older entries were rewritten");
        };
    }
}
