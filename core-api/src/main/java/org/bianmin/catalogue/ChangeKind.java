package org.bianmin.catalogue;

/** What a {@link CatalogueChange} did. */
public enum ChangeKind {
    PLACE_ADDED,
    BATCH_ADDED,
    ITEM_ADDED,
    ITEM_AMENDED,
    ITEM_REMOVED,
    GRANT_MADE,
    GRANT_WITHDRAWN,
    BUNDLE_SAVED,
    BUNDLE_REMOVED,
    VERSION_PUBLISHED
}
