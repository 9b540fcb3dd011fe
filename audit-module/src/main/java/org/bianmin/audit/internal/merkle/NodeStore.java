package org.bianmin.audit.internal.merkle;

/** A node source the tree can also grow: {@link TreeAppender} reads left siblings and writes parents. */
public interface NodeStore extends NodeSource {
    /** The hash of one complete subtree; fails when it is not stored. */
    byte[] node(NodeRef ref);

    /** Stores the hash of a newly completed subtree. */
    void put(NodeRef ref, byte[] hash);
}
