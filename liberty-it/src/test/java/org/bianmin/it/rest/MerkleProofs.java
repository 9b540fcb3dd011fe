package org.bianmin.it.rest;

import java.util.Arrays;
import java.util.List;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The client side of RFC 9162 §2.1.3.2 and §2.1.4.2 with SM3 as the hash: recompute a tree head from
 * a leaf hash and its audit path, or both tree heads from a consistency proof. Written from the RFC,
 * independently of the server's code, so that a passing test means the server's proofs are right.
 */
final class MerkleProofs {
    private MerkleProofs() {
    }

    /** Whether {@code path} proves leaf {@code index} (hash {@code leaf}) in the tree of {@code size} with {@code root}. */
    static boolean inclusionVerifies(long index, long size, byte[] leaf, List<byte[]> path, byte[] root) {
        if (index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leaf;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** Whether {@code path} proves the tree of {@code size1} ({@code root1}) a prefix of the tree of {@code size2} ({@code root2}). */
    static boolean consistencyVerifies(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> path) {
        if (size1 == size2) {
            return path.isEmpty() && Arrays.equals(root1, root2);
        }
        if (size1 == 0 || size1 > size2 || path.isEmpty()) {
            return false;
        }
        java.util.ArrayList<byte[]> proof = new java.util.ArrayList<>(path);
        if (Long.bitCount(size1) == 1) {
            proof.add(0, root1);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = proof.get(0);
        byte[] sr = proof.get(0);
        for (byte[] c : proof.subList(1, proof.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = node(c, fr);
                sr = node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, root1) && Arrays.equals(sr, root2);
    }

    /** An interior node's hash, SM3(0x01 || left || right) (RFC 9162 §2.1.1). */
    static byte[] node(byte[] left, byte[] right) {
        SM3Digest digest = new SM3Digest();
        digest.update((byte) 0x01);
        digest.update(left, 0, left.length);
        digest.update(right, 0, right.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }
}
