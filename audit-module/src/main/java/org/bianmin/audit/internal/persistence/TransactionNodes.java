package org.bianmin.audit.internal.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.audit.internal.merkle.NodeRef;
import org.bianmin.audit.internal.merkle.NodeStore;

/**
 * The tree's stored subtrees as one transaction sees them: reads go to {@code audit_node} in one
 * indexed query ({@code node_key IN (…)}) per request and are kept; subtrees completed by this
 * transaction's appends are kept and written by {@link #persistNew()}.
 */
public final class TransactionNodes implements NodeStore {
    private final EntityManager manager;
    private final Map<NodeRef, byte[]> known = new HashMap<>();
    private final Map<NodeRef, byte[]> created = new LinkedHashMap<>();

    public TransactionNodes(EntityManager manager) {
        this.manager = manager;
    }

    @Override
    public byte[] node(NodeRef ref) {
        return nodes(List.of(ref)).get(ref);
    }

    @Override
    public void put(NodeRef ref, byte[] hash) {
        known.put(ref, hash);
        created.put(ref, hash);
    }

    @Override
    public Map<NodeRef, byte[]> nodes(Collection<NodeRef> refs) {
        List<NodeRef> missing = refs.stream().filter(ref -> !known.containsKey(ref)).distinct().toList();
        if (!missing.isEmpty()) {
            load(missing);
        }
        Map<NodeRef, byte[]> out = new HashMap<>();
        for (NodeRef ref : refs) {
            byte[] hash = known.get(ref);
            if (hash == null) {
                throw new IllegalStateException("tree node " + ref + " is missing from audit_node");
            }
            out.put(ref, hash);
        }
        return out;
    }

    private void load(List<NodeRef> refs) {
        List<Long> keys = refs.stream().map(NodeRow::key).toList();
        TypedQuery<NodeRow> query = manager.createQuery("SELECT n FROM NodeRow n WHERE n.nodeKey IN :keys",
                NodeRow.class).setParameter("keys", keys);
        for (NodeRow row : query.getResultList()) {
            known.put(row.ref(), row.hash());
        }
    }

    /** Persists the subtrees completed in this transaction. */
    public void persistNew() {
        List<NodeRow> rows = new ArrayList<>(created.size());
        created.forEach((ref, hash) -> rows.add(new NodeRow(ref, hash)));
        rows.forEach(manager::persist);
        created.clear();
    }
}
