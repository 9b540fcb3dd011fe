package org.bianmin.audit.internal.merkle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roots and proofs (RFC 9162 §2.1) from stored complete subtrees: each needs O(log n) stored
 * hashes, fetched in one request, and at most O(log n) hash computations — never the whole tree.
 */
public final class MerkleProofs {
    private final NodeSource source;
    private final Sm3Hasher hasher;

    public MerkleProofs(NodeSource source, Sm3Hasher hasher) {
        this.source = source;
        this.hasher = hasher;
    }

    /** MTH(D[0:size]), the root of the tree of the first {@code size} leaves. */
    public byte[] root(long size) {
        return hashes(List.of(new LeafRange(0, size))).get(0);
    }

    /** The audit path of leaf {@code m} in the tree of {@code n} leaves, from the leaf up. */
    public List<byte[]> inclusion(long m, long n) {
        return hashes(ProofPlan.inclusion(m, n));
    }

    /** The consistency proof between the trees of {@code m} and {@code n} leaves. */
    public List<byte[]> consistency(long m, long n) {
        return hashes(ProofPlan.consistency(m, n));
    }

    /** MTH of each range. */
    public List<byte[]> hashes(List<LeafRange> ranges) {
        Set<NodeRef> refs = new LinkedHashSet<>();
        ranges.forEach(range -> refs.addAll(range.subtrees()));
        Map<NodeRef, byte[]> nodes = refs.isEmpty() ? Map.of() : source.nodes(refs);
        List<byte[]> out = new ArrayList<>(ranges.size());
        for (LeafRange range : ranges) {
            out.add(fold(range, nodes));
        }
        return out;
    }

    /** MTH(D[from:to]) = its subtrees' hashes folded from the right: H(s1, H(s2, … H(sk-1, sk))). */
    private byte[] fold(LeafRange range, Map<NodeRef, byte[]> nodes) {
        List<NodeRef> subtrees = range.subtrees();
        if (subtrees.isEmpty()) {
            return hasher.empty();
        }
        byte[] hash = require(nodes, subtrees.get(subtrees.size() - 1));
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            hash = hasher.node(require(nodes, subtrees.get(i)), hash);
        }
        return hash;
    }

    private static byte[] require(Map<NodeRef, byte[]> nodes, NodeRef ref) {
        byte[] hash = nodes.get(ref);
        if (hash == null) {
            throw new IllegalStateException("tree node " + ref + " is not stored");
        }
        return hash;
    }
}
