package org.bianmin.audit;

import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * A consistency proof (一致性证明, RFC 9162 §2.1.4): the hashes that prove the tree of {@code toSize} entries
 * extends the tree of {@code fromSize} entries without rewriting any of them.
 *
 * @param fromSize the older tree's size
 * @param toSize   the newer tree's size
 * @param path     the proof's hashes
 */
public record ConsistencyProof(long fromSize, long toSize, List<byte[]> path) {
    public ConsistencyProof {
        if (fromSize < 0 || toSize < fromSize) {
            throw new BianminException(org.bianmin.core.ErrorCode.PROOF_RANGE_INVALID,
                    "no consistency proof from " + fromSize + " to " + toSize + " entries");
        }
        path = Checks.byteArrays(path, "proof path");
    }

    @Override
    public List<byte[]> path() {
        return Checks.byteArrays(path, "proof path");
    }
}
