package org.bianmin.audit.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audit entry as stored: the fields of its canonical line. */
@Entity
@Table(name = "audit_entry")
public class EntryRow {
    @Id
    @Column(name = "seq_no")
    private long sequence;
    private long loggedMicros;
    @Column(name = "actor_id")
    private String actor;
    @Column(name = "event_type")
    private String type;
    private String subject;
    private String payload;

    protected EntryRow() {
    }

    public EntryRow(long sequence, long loggedMicros, String actor, String type, String subject, String payload) {
        this.sequence = sequence;
        this.loggedMicros = loggedMicros;
        this.actor = actor;
        this.type = type;
        this.subject = subject;
        this.payload = payload;
    }

    public long sequence() {
        return sequence;
    }

    public long loggedMicros() {
        return loggedMicros;
    }

    public String actor() {
        return actor;
    }

    public String type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    public String payload() {
        return payload;
    }
}
