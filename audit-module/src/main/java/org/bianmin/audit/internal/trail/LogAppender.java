package org.bianmin.audit.internal.trail;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.internal.log.EntryCodec;
import org.bianmin.audit.internal.log.LogTime;
import org.bianmin.audit.internal.merkle.LeafRange;
import org.bianmin.audit.internal.merkle.MerkleProofs;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.bianmin.audit.internal.merkle.TreeAppender;
import org.bianmin.audit.internal.persistence.EntryRow;
import org.bianmin.audit.internal.persistence.HeadRow;
import org.bianmin.audit.internal.persistence.TransactionNodes;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;

/**
 * Appends entries to the log inside a caller's transaction (RFC 9162 §2.1): under the locked tree
 * head it writes the entries, the subtrees they complete, and the head's new size and root. The
 * head row's lock serialises appends from every platform node on one database.
 */
final class LogAppender {
    private final TimeSource clock;

    LogAppender(TimeSource clock) {
        this.clock = clock;
    }

    /** The tree head, locked until the transaction of {@code manager} ends. */
    static HeadRow lockHead(EntityManager manager) {
        return present(manager.find(HeadRow.class, HeadRow.ID, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The tree head, unlocked. */
    static HeadRow head(EntityManager manager) {
        return present(manager.find(HeadRow.class, HeadRow.ID));
    }

    /** The head row, which the schema is created with: without it the schema is damaged. */
    private static HeadRow present(HeadRow head) {
        if (head == null) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "the audit_head row is missing: the schema is damaged");
        }
        return head;
    }

    /** Appends {@code events} in order after the {@link #lockHead locked} {@code head}, all at one log time. */
    List<AuditEntry> append(EntityManager manager, HeadRow head, List<AuditEvent> events) {
        Sm3Hasher hasher = new Sm3Hasher();
        TreeAppender appender = new TreeAppender(hasher);
        TransactionNodes nodes = new TransactionNodes(manager);
        long size = head.treeSize();
        nodes.nodes(new LeafRange(0, size).subtrees());
        Instant time = LogTime.truncate(clock.now());
        List<AuditEntry> appended = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            long sequence = size++;
            String payload = EntryCodec.payload(event.details());
            String line = EntryCodec.line(sequence, time, event.actor().id(), event.type().name(),
                    event.subject(), payload);
            byte[] leaf = hasher.leaf(line.getBytes(StandardCharsets.UTF_8));
            AuditEntry entry = new AuditEntry(sequence, time, event.actor(), event.type(), event.subject(), payload,
                    leaf);
            manager.persist(new EntryRow(entry));
            appender.append(nodes, sequence, leaf);
            appended.add(entry);
        }
        nodes.persistNew();
        head.advance(size, new MerkleProofs(nodes, hasher).root(size));
        return appended;
    }
}
