package org.bianmin.audit.internal.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Which subtree hashes a proof consists of, as leaf ranges, from the recursive definitions of RFC
 * 9162: the audit path PATH(m, D[n]) (§2.1.3.1) and the consistency proof PROOF(m, D[n])
 * (§2.1.4.1). Pure arithmetic: the hashes come from a {@link NodeSource}.
 */
public final class ProofPlan {
    private ProofPlan() {
    }

    /** PATH(m, D[n]) as ranges, from the leaf up; requires {@code 0 <= m < n}. */
    public static List<LeafRange> inclusion(long m, long n) {
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + n);
        }
        List<LeafRange> path = new ArrayList<>();
        path(m, 0, n, path);
        return path;
    }

    private static void path(long m, long lo, long hi, List<LeafRange> out) {
        if (hi - lo == 1) {
            return;
        }
        long k = LeafRange.split(hi - lo);
        if (m < lo + k) {
            path(m, lo, lo + k, out);
            out.add(new LeafRange(lo + k, hi));
        } else {
            path(m, lo + k, hi, out);
            out.add(new LeafRange(lo, lo + k));
        }
    }

    /**
     * PROOF(m, D[n]) as ranges; requires {@code 0 <= m <= n}. Empty when {@code m} is 0 or equals
     * {@code n}: every tree is consistent with the empty tree and with itself.
     */
    public static List<LeafRange> consistency(long m, long n) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("no consistency proof from " + m + " to " + n);
        }
        List<LeafRange> proof = new ArrayList<>();
        if (m > 0 && m < n) {
            subproof(m, 0, n, true, proof);
        }
        return proof;
    }

    private static void subproof(long m, long lo, long hi, boolean complete, List<LeafRange> out) {
        if (m == hi) {
            if (!complete) {
                out.add(new LeafRange(lo, hi));
            }
            return;
        }
        long k = LeafRange.split(hi - lo);
        if (m - lo <= k) {
            subproof(m, lo, lo + k, complete, out);
            out.add(new LeafRange(lo + k, hi));
        } else {
            subproof(m, lo + k, hi, false, out);
            out.add(new LeafRange(lo, lo + k));
        }
    }
}
