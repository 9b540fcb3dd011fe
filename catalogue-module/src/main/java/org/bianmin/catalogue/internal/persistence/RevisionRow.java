package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/**
 * What a dated revision row of an item or a bundle holds: the change that made it (its id), the day
 * it applies from, and the entry as its JSON, or no body when the revision removed the entry.
 */
@MappedSuperclass
public abstract class RevisionRow {
    @Id
    @Column(name = "change_seq")
    private long change;
    private String validFrom;
    private boolean removed;
    private String body;

    protected RevisionRow() {
    }

    protected RevisionRow(long change, LocalDate validFrom, String body) {
        this.change = change;
        this.validFrom = validFrom.toString();
        this.removed = body == null;
        this.body = body;
    }

    public long change() {
        return change;
    }

    public LocalDate validFrom() {
        return LocalDate.parse(validFrom);
    }

    /** The entry's JSON, or null for a removal. */
    protected String body() {
        return removed ? null : body;
    }
}
