package org.bianmin.audit.internal.merkle;

/** What checking a proof against a root found. */
public enum ProofOutcome {
    /** The proof is valid. */
    VALID,
    /** The entry lies beyond the tree size (leaf index ≥ tree size). */
    LEAF_BEYOND_TREE,
    /** The sizes cannot form a consistency proof (first size larger than the second). */
    SIZES_INVALID,
    /** A hash in the proof, or the leaf or root hash, is not 32 bytes. */
    HASH_MALFORMED,
    /** The proof has too many or too few hashes for the sizes. */
    PATH_LENGTH_WRONG,
    /** The hashes do not lead to the expected root (or, for consistency, to the older root). */
    ROOT_MISMATCH;

    /** Whether the proof holds. */
    public boolean valid() {
        return this == VALID;
    }
}
