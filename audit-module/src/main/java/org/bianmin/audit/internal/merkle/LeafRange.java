package org.bianmin.audit.internal.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The leaves {@code D[from:to]} of RFC 9162 §2.1.1, whose Merkle tree hash is MTH(D[from:to]).
 * Every range that the RFC's recursions (MTH, PATH, SUBPROOF) reach is split into complete
 * subtrees aligned on their size, which the trail stores: {@link #subtrees()}.
 *
 * @param from first leaf (inclusive)
 * @param to   last leaf (exclusive)
 */
public record LeafRange(long from, long to) {
    public LeafRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no leaf range [" + from + ", " + to + ")");
        }
    }

    /** The number of leaves. */
    public long size() {
        return to - from;
    }

    /**
     * The complete subtrees that make up this range, left to right and largest first: one per set
     * bit of the size. MTH of the range is their hashes folded from the right.
     */
    public List<NodeRef> subtrees() {
        List<NodeRef> refs = new ArrayList<>(Long.bitCount(size()));
        long start = from;
        for (int level = 63 - Long.numberOfLeadingZeros(size()); level >= 0; level--) {
            long width = 1L << level;
            if ((size() & width) != 0) {
                if (start % width != 0) {
                    throw new IllegalStateException("range " + this + " is not aligned on complete subtrees");
                }
                refs.add(new NodeRef(level, start >> level));
                start += width;
            }
        }
        return refs;
    }

    /** The largest power of two smaller than {@code n} (RFC 9162 §2.1.1, k), for {@code n > 1}. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }
}
