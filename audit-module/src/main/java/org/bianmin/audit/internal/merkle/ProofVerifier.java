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
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        // 4. for each p in the path
        for (byte[] p : path) {
            if (sn == 0) {
                return ProofOutcome.PATH_LENGTH_WRONG;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hasher.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = hasher.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        // 5. sn must be 0 and r the root
        if (sn != 0) {
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
        // 3. fn = first - 1, sn = second - 1
        long fn = first - 1;
        long sn = second - 1;
        // 4. if LSB(fn) is set, shift both until it is not
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        // 5. fr = sr = first value
        byte[] fr = proof.get(0);
        byte[] sr = proof.get(0);
        // 6. for each subsequent value c
        for (byte[] c : proof.subList(1, proof.size())) {
            if (sn == 0) {
                return ProofOutcome.PATH_LENGTH_WRONG;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hasher.node(c, fr);
                sr = hasher.node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = hasher.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        // 7. fr must equal first_hash, sr second_hash, and sn be 0
        if (sn != 0) {
            return ProofOutcome.PATH_LENGTH_WRONG;
        }
        return MessageDigest.isEqual(fr, firstHash) && MessageDigest.isEqual(sr, secondHash)
                ? ProofOutcome.VALID : ProofOutcome.ROOT_MISMATCH;
    }

    private static boolean wellFormed(byte[] hash) {
        return hash != null && hash.length == Sm3Hasher.HASH_LENGTH;
    }
}
