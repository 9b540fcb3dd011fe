package org.bianmin.catalogue;

/** The part of the catalogue an {@link EntryDiff} is about. */
public enum DiffSection {
    PLACE, BATCH, ITEM, GRANT, BUNDLE
}
