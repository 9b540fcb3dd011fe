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

    @Column(name = "logged_micros", nullable = false)
    private long loggedMicros;

    @Column(name = "actor_id", nullable = false, length = 128)
    private String actor;

    @Column(name = "event_type", nullable = false, length = 64)
    private String type;

    @Column(name = "subject", nullable = false, length = 256)
    private String subject;

    @Column(name = "payload", nullable = false)
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
