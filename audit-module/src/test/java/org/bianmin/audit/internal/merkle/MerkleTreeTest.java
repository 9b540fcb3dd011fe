package org.bianmin.audit.internal.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stored-subtree tree against a direct transcription of RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1
 * (recursion over the leaf data), for every leaf and every pair of sizes up to {@value #MAX}.
 */
class MerkleTreeTest {
    private static final int MAX = 70;
    private static final Sm3Hasher HASHER = new Sm3Hasher();
    private static final List<byte[]> DATA = new ArrayList<>();
    private static final MemoryTree TREE = new MemoryTree();

    @BeforeAll
    static void grow() {
        for (int i = 0; i < MAX; i++) {
            byte[] data = ("entry " + i).getBytes(StandardCharsets.UTF_8);
            DATA.add(data);
            TREE.append(HASHER.leaf(data));
        }
    }

    @Test
    void sm3MatchesTheStandardsExample() {
        // GB/T 32905-2016 Appendix A.1: SM3("abc")
        assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
                HexFormat.of().formatHex(HASHER.digest("abc".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void rootsMatchTheRfcDefinitionForEverySize() {
        for (int n = 0; n <= MAX; n++) {
            assertArrayEquals(mth(DATA.subList(0, n)), TREE.root(n), "root of " + n);
        }
    }

    @Test
    void inclusionProofsMatchTheRfcAndVerify() {
        ProofVerifier verifier = new ProofVerifier(new Sm3Hasher());
        for (int n = 1; n <= MAX; n++) {
            byte[] root = TREE.root(n);
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = TREE.proofs().inclusion(m, n);
                assertHashes(path(m, DATA.subList(0, n)), proof, "path " + m + " of " + n);
                assertEquals(ProofOutcome.VALID, verifier.inclusion(m, n, HASHER.leaf(DATA.get(m)), proof, root));
            }
        }
    }

    @Test
    void consistencyProofsMatchTheRfcAndVerify() {
        ProofVerifier verifier = new ProofVerifier(new Sm3Hasher());
        for (int n = 1; n <= MAX; n++) {
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = TREE.proofs().consistency(m, n);
                List<byte[]> expected = m == n ? List.of() : subproof(m, DATA.subList(0, n), true);
                assertHashes(expected, proof, "proof " + m + " to " + n);
                assertEquals(ProofOutcome.VALID, verifier.consistency(m, n, TREE.root(m), TREE.root(n), proof),
                        m + " to " + n);
            }
        }
    }

    @Test
    void alteredInclusionProofsFail() {
        ProofVerifier verifier = new ProofVerifier(new Sm3Hasher());
        byte[] root = TREE.root(13);
        byte[] leaf = HASHER.leaf(DATA.get(5));
        List<byte[]> proof = TREE.proofs().inclusion(5, 13);
        assertEquals(ProofOutcome.VALID, verifier.inclusion(5, 13, leaf, proof, root));
        assertEquals(ProofOutcome.ROOT_MISMATCH, verifier.inclusion(6, 13, leaf, proof, root));
        assertEquals(ProofOutcome.ROOT_MISMATCH, verifier.inclusion(5, 13, HASHER.leaf(DATA.get(6)), proof, root));
        assertEquals(ProofOutcome.ROOT_MISMATCH, verifier.inclusion(5, 13, leaf, proof, TREE.root(12)));
        assertEquals(ProofOutcome.LEAF_BEYOND_TREE, verifier.inclusion(13, 13, leaf, proof, root));
        assertEquals(ProofOutcome.LEAF_BEYOND_TREE, verifier.inclusion(-1, 13, leaf, proof, root));
        assertEquals(ProofOutcome.PATH_LENGTH_WRONG, verifier.inclusion(5, 13, leaf, proof.subList(0, 3), root));
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(root);
        assertEquals(ProofOutcome.PATH_LENGTH_WRONG, verifier.inclusion(5, 13, leaf, longer, root));
        List<byte[]> flipped = new ArrayList<>(proof);
        byte[] changed = flipped.get(1).clone();
        changed[0] ^= 1;
        flipped.set(1, changed);
        assertEquals(ProofOutcome.ROOT_MISMATCH, verifier.inclusion(5, 13, leaf, flipped, root));
        flipped.set(1, new byte[31]);
        assertEquals(ProofOutcome.HASH_MALFORMED, verifier.inclusion(5, 13, leaf, flipped, root));
    }

    @Test
    void alteredConsistencyProofsFail() {
        ProofVerifier verifier = new ProofVerifier(new Sm3Hasher());
        List<byte[]> proof = TREE.proofs().consistency(6, 13);
        assertEquals(ProofOutcome.VALID, verifier.consistency(6, 13, TREE.root(6), TREE.root(13), proof));
        assertEquals(ProofOutcome.ROOT_MISMATCH, verifier.consistency(6, 13, TREE.root(5), TREE.root(13), proof));
        assertEquals(ProofOutcome.ROOT_MISMATCH, verifier.consistency(6, 13, TREE.root(6), TREE.root(12), proof));
        assertEquals(ProofOutcome.SIZES_INVALID, verifier.consistency(13, 6, TREE.root(13), TREE.root(6), proof));
        assertEquals(ProofOutcome.PATH_LENGTH_WRONG, verifier.consistency(6, 13, TREE.root(6), TREE.root(13), List.of()));
        assertEquals(ProofOutcome.PATH_LENGTH_WRONG, verifier.consistency(6, 6, TREE.root(6), TREE.root(6), proof));
        assertEquals(ProofOutcome.VALID, verifier.consistency(6, 6, TREE.root(6), TREE.root(6), List.of()));
        assertEquals(ProofOutcome.VALID, verifier.consistency(0, 6, HASHER.empty(), TREE.root(6), List.of()));
        assertEquals(ProofOutcome.ROOT_MISMATCH, verifier.consistency(6, 6, TREE.root(6), TREE.root(5), List.of()));
    }

    @Test
    void aProofForALeafBeyondTheTreeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TREE.proofs().inclusion(13, 13));
        assertThrows(IllegalArgumentException.class, () -> TREE.proofs().consistency(14, 13));
        assertThrows(IllegalArgumentException.class, () -> TREE.root(MAX + 1));
    }

    @Test
    void rootsUseOnlyLogarithmicallyManyStoredNodes() {
        MemoryTree big = new MemoryTree();
        for (int i = 0; i < 5000; i++) {
            big.append(HASHER.leaf(new byte[] {(byte) i, (byte) (i >> 8)}));
        }
        int[] fetched = {0};
        MerkleProofs counting = new MerkleProofs(refs -> {
            fetched[0] += refs.size();
            return big.nodes(refs);
        }, HASHER);
        counting.inclusion(1234, 4999);
        counting.consistency(1000, 4999);
        counting.root(4999);
        // log2(5000) ≈ 12.3: each proof touches at most about 2 log2 n subtrees
        assertEquals(true, fetched[0] <= 3 * 26, "fetched " + fetched[0]);
    }

    private static void assertHashes(List<byte[]> expected, List<byte[]> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + " length");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), what + " hash " + i);
        }
    }

    // --- RFC 9162 §2.1.1, §2.1.3.1, §2.1.4.1, transcribed ---

    private static byte[] mth(List<byte[]> d) {
        if (d.isEmpty()) {
            return HASHER.empty();
        }
        if (d.size() == 1) {
            return HASHER.leaf(d.get(0));
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return HASHER.node(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
    }

    private static List<byte[]> path(int m, List<byte[]> d) {
        List<byte[]> out = new ArrayList<>();
        if (d.size() > 1) {
            int k = Integer.highestOneBit(d.size() - 1);
            if (m < k) {
                out.addAll(path(m, d.subList(0, k)));
                out.add(mth(d.subList(k, d.size())));
            } else {
                out.addAll(path(m - k, d.subList(k, d.size())));
                out.add(mth(d.subList(0, k)));
            }
        }
        return out;
    }

    private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        List<byte[]> out = new ArrayList<>();
        if (m == d.size()) {
            if (!b) {
                out.add(mth(d));
            }
            return out;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m <= k) {
            out.addAll(subproof(m, d.subList(0, k), b));
            out.add(mth(d.subList(k, d.size())));
        } else {
            out.addAll(subproof(m - k, d.subList(k, d.size()), false));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }
}
