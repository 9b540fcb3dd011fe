package org.bianmin.audit.internal.merkle;

/**
 * A complete subtree of the Merkle tree: the {@code 2^level} leaves from {@code index * 2^level}.
 * Level 0 holds the leaf hashes; a node's hash never changes once its subtree is complete, which
 * is what lets the trail store it and never recompute it.
 *
 * @param level the subtree's height
 * @param index its position among the subtrees of that height
 */
public record NodeRef(int level, long index) {
    public NodeRef {
        if (level < 0 || level > 62 || index < 0) {
            throw new IllegalArgumentException("no tree node at level " + level + ", index " + index);
        }
    }

    /** The first leaf it covers. */
    public long firstLeaf() {
        return index << level;
    }

    /** The number of leaves it covers. */
    public long leaves() {
        return 1L << level;
    }
}
