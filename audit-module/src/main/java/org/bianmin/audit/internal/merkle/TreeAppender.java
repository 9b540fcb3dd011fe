package org.bianmin.audit.internal.merkle;

/**
 * Grows the tree by one leaf and stores every subtree the leaf completes (RFC 9162 §2.1.1): after
 * leaf {@code i} the subtrees ending at {@code i} become complete, one per trailing one-bit of
 * {@code i}. Each append computes at most log2(n) node hashes and reads only the left siblings,
 * which are the tree's right frontier.
 */
public final class TreeAppender {
    private final Sm3Hasher hasher;

    public TreeAppender(Sm3Hasher hasher) {
        this.hasher = hasher;
    }

    /** Appends {@code leafHash} as leaf {@code index} (the current tree size) to {@code store}. */
    public void append(NodeStore store, long index, byte[] leafHash) {
        NodeRef ref = new NodeRef(0, index);
        byte[] hash = leafHash;
        store.put(ref, hash);
        while ((ref.index() & 1) == 1) {
            byte[] left = store.node(new NodeRef(ref.level(), ref.index() - 1));
            hash = hasher.node(left, hash);
            ref = new NodeRef(ref.level() + 1, ref.index() >> 1);
            store.put(ref, hash);
        }
    }
}
