package org.bianmin.audit;

/**
 * What happened, for an {@link AuditEvent}. Every privileged action of the seal registry, the
 * catalogue and the proxy ledger has a type here, and so does every read of personal data in clear.
 */
public enum AuditEventType {
    SEAL_REQUESTED,
    SEAL_APPROVED,
    SEAL_MADE,
    SEAL_ACTIVATED,
    SEAL_SUSPENDED,
    SEAL_RESUMED,
    SEAL_REVOKED,
    SEAL_DESTROYED,
    /** A seal signed a document (用印). */
    SEAL_USED,
    CATALOGUE_ITEM_ADDED,
    CATALOGUE_ITEM_AMENDED,
    CATALOGUE_ITEM_REMOVED,
    CATALOGUE_GRANT_MADE,
    CATALOGUE_GRANT_WITHDRAWN,
    CATALOGUE_BUNDLE_CHANGED,
    CATALOGUE_VERSION_PUBLISHED,
    CATALOGUE_IMPORTED,
    /** An official calendar year (a State Council holiday notice) was loaded. */
    CALENDAR_YEAR_LOADED,
    PROXY_CASE_RECEIVED,
    PROXY_CASE_TRANSITION,
    PROXY_CASE_RATED,
    /** A case's provisional deadline was recomputed when its year's official calendar was loaded. */
    PROXY_DEADLINE_RECOMPUTED,
    /** A login was given reach over a proxy point, a township or the county: who may read and act on its cases. */
    PROXY_ASSIGNMENT_GRANTED,
    /** A login's reach over a proxy point, a township or the county was withdrawn. */
    PROXY_ASSIGNMENT_WITHDRAWN,
    /** Someone read an ID-card number or phone number in clear. */
    PERSONAL_DATA_READ,
    /** Personal data was re-encrypted under the current personal-data key (a run of key rotation). */
    PERSONAL_DATA_REKEYED,
    STANDARDS_CHECKED,
    /** A configuration or key-store change made by an administrator. */
    ADMINISTRATION
}
