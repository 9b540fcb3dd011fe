package org.bianmin.audit.internal.trail;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.audit.internal.log.CheckpointCodec;
import org.bianmin.audit.internal.log.EntryCodec;
import org.bianmin.audit.internal.log.ExportWriter;
import org.bianmin.audit.internal.log.LogTime;
import org.bianmin.audit.internal.merkle.LeafRange;
import org.bianmin.audit.internal.merkle.MerkleProofs;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.bianmin.audit.internal.merkle.TreeAppender;
import org.bianmin.audit.internal.persistence.CheckpointRow;
import org.bianmin.audit.internal.persistence.EntryRow;
import org.bianmin.audit.internal.persistence.HeadRow;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.audit.internal.persistence.TransactionNodes;
import org.bianmin.audit.spi.AuditKey;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;

/**
 * The audit trail on a database: each append is one transaction that locks the tree head, writes
 * the entries and the subtrees they complete, and moves the head; proofs read O(log n) stored
 * subtrees; checkpoints are signed by the county audit key.
 */
public final class JpaAuditTrail implements AuditTrail {
    /** The most events one {@link #appendAll} takes. */
    public static final int MAX_BATCH = 10_000;

    private static final int EXPORT_PAGE = 1_000;

    private final JpaUnit unit;
    private final AuditKey key;
    private final TimeSource clock;
    private final byte[] publicKey;
    private final String keyId;

    public JpaAuditTrail(JpaUnit unit, AuditKey key, TimeSource clock) {
        this.unit = unit;
        this.key = key;
        this.clock = clock;
        this.publicKey = key.publicKey();
        this.keyId = CheckpointCodec.keyId(publicKey);
    }

    @Override
    public AuditEntry append(AuditEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    @Override
    public List<AuditEntry> appendAll(List<AuditEvent> events) {
        if (events == null || events.isEmpty() || events.size() > MAX_BATCH) {
            throw BianminException.invalid("append between 1 and " + MAX_BATCH + " events at a time");
        }
        List<String> payloads = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            if (event == null) {
                throw BianminException.invalid("an audit event is missing");
            }
            payloads.add(EntryCodec.payload(event.details()));
        }
        return unit.inTransaction(manager -> {
            HeadRow head = lockHead(manager);
            Sm3Hasher hasher = new Sm3Hasher();
            TreeAppender appender = new TreeAppender(hasher);
            TransactionNodes nodes = new TransactionNodes(manager);
            long size = head.treeSize();
            nodes.nodes(new LeafRange(0, size).subtrees());
            Instant time = LogTime.truncate(clock.now());
            List<AuditEntry> appended = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                AuditEvent event = events.get(i);
                long sequence = size++;
                String line = EntryCodec.line(sequence, time, event.actor().id(), event.type().name(),
                        event.subject(), payloads.get(i));
                byte[] leaf = hasher.leaf(line.getBytes(StandardCharsets.UTF_8));
                manager.persist(new EntryRow(sequence, LogTime.toMicros(time), event.actor().id(),
                        event.type().name(), event.subject(), payloads.get(i)));
                appender.append(nodes, sequence, leaf);
                appended.add(new AuditEntry(sequence, time, event.actor(), event.type(), event.subject(),
                        payloads.get(i), leaf));
            }
            nodes.persistNew();
            head.advance(size, new MerkleProofs(nodes, hasher).root(size));
            return appended;
        });
    }

    @Override
    public long size() {
        return unit.inTransaction(manager -> head(manager).treeSize());
    }

    @Override
    public AuditEntry entry(long sequence) {
        return unit.inTransaction(manager -> {
            EntryRow row = manager.find(EntryRow.class, sequence);
            if (row == null) {
                throw new BianminException(ErrorCode.AUDIT_ENTRY_NOT_FOUND, "the audit trail has no entry " + sequence);
            }
            return toEntry(row);
        });
    }

    @Override
    public List<AuditEntry> entries(long from, long to) {
        if (from < 0 || to < from || to - from > MAX_BATCH) {
            throw BianminException.invalid("entries are read in ranges of at most " + MAX_BATCH
                    + " from a non-negative start, got [" + from + ", " + to + ")");
        }
        return unit.inTransaction(manager -> rows(manager, from, to).stream().map(JpaAuditTrail::toEntry).toList());
    }

    @Override
    public Checkpoint publishCheckpoint() {
        return unit.inTransaction(manager -> {
            HeadRow head = lockHead(manager);
            CheckpointRow existing = manager.find(CheckpointRow.class, head.treeSize());
            if (existing != null) {
                return existing.toCheckpoint();
            }
            byte[] root = head.rootHash() == null ? new Sm3Hasher().empty() : head.rootHash();
            Instant time = LogTime.truncate(clock.now());
            byte[] signature = key.sign(CheckpointCodec.signedBytes(head.treeSize(), root, time));
            Checkpoint checkpoint = new Checkpoint(head.treeSize(), root, time, keyId, signature);
            manager.persist(new CheckpointRow(checkpoint));
            return checkpoint;
        });
    }

    @Override
    public Optional<Checkpoint> latestCheckpoint() {
        return unit.inTransaction(manager -> manager
                .createQuery("SELECT c FROM CheckpointRow c ORDER BY c.treeSize DESC", CheckpointRow.class)
                .setMaxResults(1)
                .getResultList().stream().findFirst().map(CheckpointRow::toCheckpoint));
    }

    @Override
    public Checkpoint checkpoint(long treeSize) {
        return unit.inTransaction(manager -> {
            CheckpointRow row = manager.find(CheckpointRow.class, treeSize);
            if (row == null) {
                throw new BianminException(ErrorCode.CHECKPOINT_NOT_FOUND,
                        "no checkpoint was published for a tree of " + treeSize + " entries");
            }
            return row.toCheckpoint();
        });
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return unit.inTransaction(JpaAuditTrail::allCheckpoints);
    }

    @Override
    public InclusionProof inclusionProof(long sequence, long treeSize) {
        return unit.inTransaction(manager -> {
            long size = head(manager).treeSize();
            if (sequence < 0 || sequence >= treeSize || treeSize > size) {
                throw new BianminException(ErrorCode.PROOF_RANGE_INVALID, "entry " + sequence
                        + " is not in a tree of " + treeSize + " entries (the trail holds " + size + ")");
            }
            List<byte[]> path = new MerkleProofs(new TransactionNodes(manager), new Sm3Hasher())
                    .inclusion(sequence, treeSize);
            return new InclusionProof(sequence, treeSize, path);
        });
    }

    @Override
    public ConsistencyProof consistencyProof(long fromSize, long toSize) {
        return unit.inTransaction(manager -> {
            long size = head(manager).treeSize();
            if (fromSize < 0 || toSize < fromSize || toSize > size) {
                throw new BianminException(ErrorCode.PROOF_RANGE_INVALID, "no consistency proof from " + fromSize
                        + " to " + toSize + " entries (the trail holds " + size + ")");
            }
            List<byte[]> path = new MerkleProofs(new TransactionNodes(manager), new Sm3Hasher())
                    .consistency(fromSize, toSize);
            return new ConsistencyProof(fromSize, toSize, path);
        });
    }

    @Override
    public byte[] checkpointPublicKey() {
        return publicKey.clone();
    }

    /**
     * Writes the rows as they are: an entry altered in the database is exported altered (and a
     * payload that is no longer canonical stays so), which is what the verifier must see.
     */
    @Override
    public void export(OutputStream out) {
        unit.run(manager -> {
            long size = head(manager).treeSize();
            List<Checkpoint> checkpoints = allCheckpoints(manager);
            long rows = manager.createQuery("SELECT COUNT(e) FROM EntryRow e WHERE e.sequence < :size", Long.class)
                    .setParameter("size", size).getSingleResult();
            try {
                ExportWriter writer = new ExportWriter(out);
                writer.header(rows, checkpoints.size(), publicKey);
                for (long from = 0; from < size; from += EXPORT_PAGE) {
                    for (EntryRow row : rows(manager, from, Math.min(size, from + EXPORT_PAGE))) {
                        writer.entry(EntryCodec.line(row.sequence(), LogTime.fromMicros(row.loggedMicros()),
                                row.actor(), row.type(), row.subject(), row.payload()));
                    }
                    manager.clear();
                }
                for (Checkpoint checkpoint : checkpoints) {
                    writer.checkpoint(checkpoint);
                }
                out.flush();
            } catch (IOException e) {
                throw new BianminException(ErrorCode.STORAGE_FAILURE, "cannot write the export: " + e.getMessage(), e);
            }
        });
    }

    private static HeadRow lockHead(EntityManager manager) {
        HeadRow head = manager.find(HeadRow.class, HeadRow.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "the audit_head row is missing: the schema is damaged");
        }
        return head;
    }

    private static HeadRow head(EntityManager manager) {
        HeadRow head = manager.find(HeadRow.class, HeadRow.ID);
        if (head == null) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "the audit_head row is missing: the schema is damaged");
        }
        return head;
    }

    private static List<EntryRow> rows(EntityManager manager, long from, long to) {
        return manager.createQuery("SELECT e FROM EntryRow e WHERE e.sequence >= :from AND e.sequence < :to"
                + " ORDER BY e.sequence", EntryRow.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private static List<Checkpoint> allCheckpoints(EntityManager manager) {
        return manager.createQuery("SELECT c FROM CheckpointRow c ORDER BY c.treeSize", CheckpointRow.class)
                .getResultList().stream().map(CheckpointRow::toCheckpoint).toList();
    }

    private static AuditEntry toEntry(EntryRow row) {
        Instant time = LogTime.fromMicros(row.loggedMicros());
        String line = EntryCodec.line(row.sequence(), time, row.actor(), row.type(), row.subject(), row.payload());
        try {
            return new AuditEntry(row.sequence(), time, Actor.of(row.actor()), AuditEventType.valueOf(row.type()),
                    row.subject(), row.payload(), new Sm3Hasher().leaf(line.getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | BianminException e) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "audit entry " + row.sequence()
                    + " is damaged in the database (" + e.getMessage() + "): run the offline verifier on an export", e);
        }
    }
}
