package org.bianmin.catalogue;

/** How an entry differs between two versions. */
public enum DiffKind {
    ADDED, REMOVED, CHANGED
}
