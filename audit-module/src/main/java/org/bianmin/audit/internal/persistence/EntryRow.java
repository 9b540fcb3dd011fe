package org.bianmin.audit.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.internal.log.EntryCodec;
import org.bianmin.audit.internal.log.LogTime;
import org.bianmin.core.Actor;

/** One audit entry as stored: the fields of its canonical line. */
@Entity
@Table(name = "audit_entry")
public class EntryRow {
    @Id
    private long seqNo;
    private long loggedMicros;
    private String actorId;
    private String eventType;
    private String subject;
    private String payload;

    protected EntryRow() {
    }

    public EntryRow(AuditEntry entry) {
        this.seqNo = entry.sequence();
        this.loggedMicros = LogTime.toMicros(entry.time());
        this.actorId = entry.actor().id();
        this.eventType = entry.type().name();
        this.subject = entry.subject();
        this.payload = entry.payloadJson();
    }

    public long sequence() {
        return seqNo;
    }

    /** The entry's canonical line ({@link EntryCodec}), the input of its leaf hash. */
    public String line() {
        return EntryCodec.line(seqNo, LogTime.fromMicros(loggedMicros), actorId, eventType, subject, payload);
    }

    /** The API record with the leaf hash of {@link #line()}; fails on a row no valid entry could have made. */
    public AuditEntry toEntry(byte[] leafHash) {
        return new AuditEntry(seqNo, LogTime.fromMicros(loggedMicros), Actor.of(actorId),
                AuditEventType.valueOf(eventType), subject, payload, leafHash);
    }
}
