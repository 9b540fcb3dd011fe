package org.bianmin.audit.internal.merkle;

import java.util.Collection;
import java.util.Map;

/** Where the hashes of complete subtrees are kept: the database, or memory for a replay. */
public interface NodeSource {
    /**
     * The hashes of {@code refs}, fetched together. Fails with an {@link IllegalStateException}
     * naming the first missing node when one is not stored.
     */
    Map<NodeRef, byte[]> nodes(Collection<NodeRef> refs);
}
