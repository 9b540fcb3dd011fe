package org.bianmin.catalogue.internal.persistence;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/**
 * What a dated revision row of an item or a bundle holds: the change that made it (its id), the
 * entry's code and name (each table names these columns after its entry, {@code item_code} or
 * {@code bundle_code}: see the subclasses' {@code @AttributeOverride}), the day it applies from, and
 * the entry as its JSON, or no body when the revision removed the entry.
 */
@MappedSuperclass
public abstract class RevisionRow {
    @Id
    private long changeSeq;
    private String code;
    private String name;
    private String validFrom;
    private boolean removed;
    private String body;

    protected RevisionRow() {
    }

    /**
     * @param name the entry's name, or null for a removal
     * @param body the entry's JSON, or null for a removal
     */
    protected RevisionRow(long change, String code, String name, LocalDate validFrom, String body) {
        this.changeSeq = change;
        this.code = code;
        this.name = name;
        this.validFrom = validFrom.toString();
        this.removed = body == null;
        this.body = body;
    }

    public long change() {
        return changeSeq;
    }

    public String code() {
        return code;
    }

    public LocalDate validFrom() {
        return LocalDate.parse(validFrom);
    }

    /** The entry's JSON, or null for a removal. */
    protected String body() {
        return removed ? null : body;
    }
}
