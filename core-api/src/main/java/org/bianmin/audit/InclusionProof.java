package org.bianmin.audit;

import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * An inclusion proof (包含证明), the audit path of RFC 9162 §2.1.3: the hashes that prove entry {@code leafIndex} is in the tree of
 * {@code treeSize} entries.
 *
 * @param leafIndex the entry's sequence number
 * @param treeSize  size of the tree the proof is against
 * @param path      sibling hashes from the leaf up
 */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> path) {
    public InclusionProof {
        if (leafIndex < 0 || treeSize <= leafIndex) {
            throw new BianminException(org.bianmin.core.ErrorCode.PROOF_RANGE_INVALID,
                    "entry " + leafIndex + " is not in a tree of " + treeSize + " entries");
        }
        path = Checks.byteArrays(path, "proof path");
    }

    @Override
    public List<byte[]> path() {
        return Checks.byteArrays(path, "proof path");
    }
}
