package org.bianmin.audit.internal.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The verification algorithms of RFC 9162 for proofs whose hash is SM3: inclusion (§2.1.3.2) and
 * consistency (§2.1.4.2), step for step. They need only the proof, the sizes and the roots, which
 * is what an auditor holds offline.
 */
public final class ProofVerifier {
    private final Sm3Hasher hasher;

    public ProofVerifier(Sm3Hasher hasher) {
        this.hasher = hasher;
    }

    /** RFC 9162 §2.1.3.2: whether {@code path} proves {@code leafHash} is leaf {@code leafIndex} of {@code root}. */
    public ProofOutcome inclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root) {
        // 1. leaf_index must be below tree_size
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return ProofOutcome.LEAF_BEYOND_TREE;
        }
        if (!wellFormed(leafHash) || !wellFormed(root) || !path.stream().allMatch(ProofVerifier::wellFormed)) {
            return ProofOutcome.HASH_MALFORMED;
        }
        // 2. fn = leaf_index, sn = tree_size - 1; 3. r = hash
        Walk walk = new Walk(leafIndex, treeSize - 1);
        byte[] r = leafHash;
        // 4. for each p in the path
        for (byte[] p : path) {
            if (walk.atRoot()) {
                return ProofOutcome.PATH_LENGTH_WRONG;
            }
            r = walk.step() ? hasher.node(p, r) : hasher.node(r, p);
        }
        // 5. sn must be 0 and r the root
        if (!walk.atRoot()) {
            return ProofOutcome.PATH_LENGTH_WRONG;
        }
        return MessageDigest.isEqual(r, root) ? ProofOutcome.VALID : ProofOutcome.ROOT_MISMATCH;
    }

    /**
     * RFC 9162 §2.1.4.2: whether {@code path} proves the tree of {@code second} leaves with root
     * {@code secondHash} extends the tree of {@code first} leaves with root {@code firstHash}. Equal
     * sizes need an empty proof and equal roots; the empty tree is consistent with every tree.
     */
    public ProofOutcome consistency(long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> path) {
        if (first < 0 || first > second) {
            return ProofOutcome.SIZES_INVALID;
        }
        if (!wellFormed(firstHash) || !wellFormed(secondHash) || !path.stream().allMatch(ProofVerifier::wellFormed)) {
            return ProofOutcome.HASH_MALFORMED;
        }
        if (first == 0 || first == second) {
            if (!path.isEmpty()) {
                return ProofOutcome.PATH_LENGTH_WRONG;
            }
            boolean same = first == 0 ? MessageDigest.isEqual(firstHash, hasher.empty())
                    : MessageDigest.isEqual(firstHash, secondHash);
            return same ? ProofOutcome.VALID : ProofOutcome.ROOT_MISMATCH;
        }
        // 1. an empty path fails
        if (path.isEmpty()) {
            return ProofOutcome.PATH_LENGTH_WRONG;
        }
        // 2. if first is an exact power of 2, prepend first_hash
        List<byte[]> proof = new ArrayList<>(path.size() + 1);
        if (Long.bitCount(first) == 1) {
            proof.add(firstHash);
        }
        proof.addAll(path);
        // 3. fn = first - 1, sn = second - 1; 4. if LSB(fn) is set, shift both until it is not
        Walk walk = new Walk(first - 1, second - 1);
        walk.skipSetBits();
        // 5. fr = sr = first value
        byte[] fr = proof.get(0);
        byte[] sr = proof.get(0);
        // 6. for each subsequent value c
        for (byte[] c : proof.subList(1, proof.size())) {
            if (walk.atRoot()) {
                return ProofOutcome.PATH_LENGTH_WRONG;
            }
            if (walk.step()) {
                fr = hasher.node(c, fr);
                sr = hasher.node(c, sr);
            } else {
                sr = hasher.node(sr, c);
            }
        }
        // 7. fr must equal first_hash, sr second_hash, and sn be 0
        if (!walk.atRoot()) {
            return ProofOutcome.PATH_LENGTH_WRONG;
        }
        return MessageDigest.isEqual(fr, firstHash) && MessageDigest.isEqual(sr, secondHash)
                ? ProofOutcome.VALID : ProofOutcome.ROOT_MISMATCH;
    }

    private static boolean wellFormed(byte[] hash) {
        return hash != null && hash.length == Sm3Hasher.HASH_LENGTH;
    }

    /**
     * The climb both algorithms make from a node to the root: {@code fn}, the node's index, and
     * {@code sn}, the last index of its level (RFC 9162 §2.1.3.2 step 4, §2.1.4.2 step 6).
     */
    private static final class Walk {
        private long fn;
        private long sn;

        Walk(long fn, long sn) {
            this.fn = fn;
            this.sn = sn;
        }

        /** Whether the climb has reached the root ({@code sn} is 0). */
        boolean atRoot() {
            return sn == 0;
        }

        /** Shifts both right while {@code LSB(fn)} is set (§2.1.4.2 step 4). */
        void skipSetBits() {
            while ((fn & 1) == 1) {
                fn >>= 1;
                sn >>= 1;
            }
        }

        /**
         * One value of the path: whether it is the left sibling ({@code LSB(fn)} set, or {@code fn}
         * equal to {@code sn}), hashed before the running value; then climbs past the levels where the
         * node has no right sibling, and one level more.
         */
        boolean step() {
            boolean left = (fn & 1) == 1 || fn == sn;
            if (left) {
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            fn >>= 1;
            sn >>= 1;
            return left;
        }
    }
}
