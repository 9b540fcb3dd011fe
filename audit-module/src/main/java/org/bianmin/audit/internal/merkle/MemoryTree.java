package org.bianmin.audit.internal.merkle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole Merkle tree in memory, all complete subtrees in one flat array per level (32 bytes a
 * node, about 64 bytes a leaf in all): what the offline verifier replays an export into, and what
 * benchmarks prove against. Not thread-safe.
 */
public final class MemoryTree implements NodeStore {
    private final List<Level> levels = new ArrayList<>();
    private final Sm3Hasher hasher;
    private final TreeAppender appender;

    public MemoryTree() {
        this(new Sm3Hasher());
    }

    public MemoryTree(Sm3Hasher hasher) {
        this.hasher = hasher;
        this.appender = new TreeAppender(hasher);
    }

    /** The number of leaves. */
    public long size() {
        return levels.isEmpty() ? 0 : levels.get(0).count;
    }

    /** Appends one leaf hash. */
    public void append(byte[] leafHash) {
        appender.append(this, size(), leafHash);
    }

    /** The root of the first {@code size} leaves. */
    public byte[] root(long size) {
        if (size > size()) {
            throw new IllegalArgumentException("the tree has only " + size() + " leaves, not " + size);
        }
        return proofs().root(size);
    }

    /** Proofs against this tree. */
    public MerkleProofs proofs() {
        return new MerkleProofs(this, hasher);
    }

    @Override
    public byte[] node(NodeRef ref) {
        if (ref.level() >= levels.size() || ref.index() >= levels.get(ref.level()).count) {
            throw new IllegalStateException("tree node " + ref + " is not stored");
        }
        return levels.get(ref.level()).get(ref.index());
    }

    @Override
    public void put(NodeRef ref, byte[] hash) {
        while (levels.size() <= ref.level()) {
            levels.add(new Level());
        }
        Level level = levels.get(ref.level());
        if (ref.index() != level.count) {
            throw new IllegalStateException("tree node " + ref + " is out of order");
        }
        level.add(hash);
    }

    @Override
    public Map<NodeRef, byte[]> nodes(Collection<NodeRef> refs) {
        Map<NodeRef, byte[]> out = new HashMap<>();
        refs.forEach(ref -> out.put(ref, node(ref)));
        return out;
    }

    /** The nodes of one level, back to back. */
    private static final class Level {
        private byte[] hashes = new byte[Sm3Hasher.HASH_LENGTH * 16];
        private long count;

        void add(byte[] hash) {
            long end = (count + 1) * Sm3Hasher.HASH_LENGTH;
            if (end > hashes.length) {
                long grown = Math.min(Math.max(end, (long) hashes.length * 2), Integer.MAX_VALUE - 8);
                if (grown < end) {
                    throw new IllegalStateException("the tree is too large to hold in memory");
                }
                hashes = java.util.Arrays.copyOf(hashes, (int) grown);
            }
            System.arraycopy(hash, 0, hashes, (int) (count * Sm3Hasher.HASH_LENGTH), Sm3Hasher.HASH_LENGTH);
            count++;
        }

        byte[] get(long index) {
            int from = (int) (index * Sm3Hasher.HASH_LENGTH);
            return java.util.Arrays.copyOfRange(hashes, from, from + Sm3Hasher.HASH_LENGTH);
        }
    }
}
