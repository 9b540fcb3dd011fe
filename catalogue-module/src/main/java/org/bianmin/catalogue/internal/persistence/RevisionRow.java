package org.bianmin.catalogue.internal.persistence;

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
    private long changeSeq;
    private String validFrom;
    private boolean removed;
    private String body;

    protected RevisionRow() {
    }

    protected RevisionRow(long change, LocalDate validFrom, String body) {
        this.changeSeq = change;
        this.validFrom = validFrom.toString();
        this.removed = body == null;
        this.body = body;
    }

    public long change() {
        return changeSeq;
    }

    public LocalDate validFrom() {
        return LocalDate.parse(validFrom);
    }

    /** The entry's JSON, or null for a removal. */
    protected String body() {
        return removed ? null : body;
    }
}
