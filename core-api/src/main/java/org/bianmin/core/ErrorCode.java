package org.bianmin.core;

/**
 * Stable error codes of every Bianmin service. The name of a constant never changes once
 * released: platform modules, the REST layer and operators' runbooks match on it. Each code
 * belongs to a {@link Kind} that says what the caller can do about it.
 */
public enum ErrorCode {
    // --- general ---
    /** A value handed to the API is missing or malformed. */
    INVALID_ARGUMENT(Kind.BAD_INPUT),
    /** The caller is not allowed to perform the action. */
    NOT_PERMITTED(Kind.FORBIDDEN),
    /** The database, key store or another resource failed; nothing was written. */
    STORAGE_FAILURE(Kind.UNAVAILABLE),
    /** A configuration value is missing or invalid. */
    CONFIGURATION_INVALID(Kind.BAD_INPUT),
    /** A Bianmin service the caller needs is not running in the platform (yet); retry later. */
    SERVICE_UNAVAILABLE(Kind.UNAVAILABLE),
    /** A unified social credit code (统一社会信用代码, GB 32100-2015) with a wrong length, character or check character. */
    CREDIT_CODE_INVALID(Kind.BAD_INPUT),
    /**
     * A shell command that acts for someone was typed in a session with no authenticated user and no
     * configured console user, so it cannot say who acts; nothing was done.
     */
    SHELL_USER_UNKNOWN(Kind.FORBIDDEN),

    // --- seals (C-SEAL) ---
    SEAL_NOT_FOUND(Kind.NOT_FOUND),
    SEAL_WRONG_STATE(Kind.CONFLICT),
    SEAL_NOT_ACTIVE(Kind.CONFLICT),
    SEAL_OUTSIDE_VALIDITY(Kind.CONFLICT),
    SEAL_DUAL_CONTROL_VIOLATION(Kind.FORBIDDEN),
    SEAL_VALIDITY_INVALID(Kind.BAD_INPUT),
    SEAL_ALREADY_ACTIVE_FOR_CENTRE(Kind.CONFLICT),
    SEAL_PARENT_NOT_ACTIVE_APPROVAL_SEAL(Kind.CONFLICT),
    SEAL_OPERATOR_NOT_AUTHORIZED(Kind.FORBIDDEN),
    SEAL_FORMAT_INVALID(Kind.BAD_INPUT),
    SEAL_KEY_UNAVAILABLE(Kind.UNAVAILABLE),
    SEAL_FONT_UNAVAILABLE(Kind.UNAVAILABLE),
    /** No proposal with this id concerns the seal. */
    SEAL_PROPOSAL_NOT_FOUND(Kind.NOT_FOUND),
    /** The proposal was already confirmed, rejected or withdrawn. */
    SEAL_PROPOSAL_CLOSED(Kind.CONFLICT),
    /** The seal changed (a lifecycle step) after the proposal was made; it must be proposed again. */
    SEAL_PROPOSAL_STALE(Kind.CONFLICT),
    DOCUMENT_UNREADABLE(Kind.BAD_INPUT),
    /** The document to seal is not an OFD package this service can seal (GB/T 33190). */
    OFD_INVALID(Kind.BAD_INPUT),
    /** A stamp placement names a page the document does not have, or lies off its page. */
    OFD_PLACEMENT_INVALID(Kind.BAD_INPUT),
    /** A stamp placed by keyword: the keyword is on none of the document's pages. */
    OFD_KEYWORD_NOT_FOUND(Kind.BAD_INPUT),
    /** The document already carries a signature that does not verify, and the caller did not accept that. */
    OFD_EXISTING_SIGNATURE_INVALID(Kind.CONFLICT),
    /** The time-stamp authority cannot be reached, timed out, or answered something that is not RFC 3161. */
    TIMESTAMP_UNAVAILABLE(Kind.UNAVAILABLE),
    /** The time-stamp authority refused the request (RFC 3161 §2.4.2 PKIStatus rejection, with its failInfo). */
    TIMESTAMP_REFUSED(Kind.UNAVAILABLE),
    /** A time-stamp token does not check out: signature, TSA certificate, imprint or nonce. */
    TIMESTAMP_INVALID(Kind.UNAVAILABLE),
    /**
     * No evidence record (RFC 4998) covers that use yet: no such archived use of the seal.
     *
     * @since package version 1.7.0
     */
    EVIDENCE_RECORD_NOT_FOUND(Kind.NOT_FOUND),
    /**
     * This server's clock (or the time-stamp authority's) is behind a time another server sharing the
     * database already recorded for the seal — its latest status change or its latest use — so the use
     * or the status change would be dated before it; nothing was recorded. The clocks must be
     * synchronised (NTP).
     *
     * @since package version 1.8.0
     */
    CLOCK_BEHIND(Kind.UNAVAILABLE),

    // --- catalogue ---
    ITEM_NOT_FOUND(Kind.NOT_FOUND),
    ITEM_DUPLICATE_CODE(Kind.CONFLICT),
    PLACE_NOT_FOUND(Kind.NOT_FOUND),
    GRANT_NOT_FOUND(Kind.NOT_FOUND),
    GRANT_OVERLAPS(Kind.CONFLICT),
    BUNDLE_NOT_FOUND(Kind.NOT_FOUND),
    VERSION_NOT_FOUND(Kind.NOT_FOUND),
    DATE_RANGE_INVALID(Kind.BAD_INPUT),
    IMPORT_INVALID(Kind.BAD_INPUT),
    /** A date before the first year the statutory holiday rules cover. */
    CALENDAR_NOT_COVERED(Kind.BAD_INPUT),
    /** A calendar year file that is refused whole; the message names the line. */
    CALENDAR_FILE_INVALID(Kind.BAD_INPUT),
    PLACE_DUPLICATE_CODE(Kind.CONFLICT),
    BATCH_NOT_FOUND(Kind.NOT_FOUND),
    BATCH_DUPLICATE_NUMBER(Kind.CONFLICT),
    GRANT_ALREADY_WITHDRAWN(Kind.CONFLICT),
    /** The item is not handled at the place asked about (e.g. a township power asked of the county). */
    ITEM_NOT_HANDLED_AT_PLACE(Kind.CONFLICT),
    /** An item's basic code (基本编码) does not have the catalogue code structure. */
    BASIC_CODE_INVALID(Kind.BAD_INPUT),
    /** An implementation code (实施编码) does not have the structure, or its parts do not fit the item. */
    IMPLEMENTATION_CODE_INVALID(Kind.BAD_INPUT),
    /** A handling-item code (业务办理项编码) does not extend its implementation code by a sequence number. */
    HANDLING_ITEM_CODE_INVALID(Kind.BAD_INPUT),

    // --- village proxy records ---
    PROXY_POINT_NOT_FOUND(Kind.NOT_FOUND),
    AGENT_NOT_FOUND(Kind.NOT_FOUND),
    CASE_NOT_FOUND(Kind.NOT_FOUND),
    CASE_WRONG_STATE(Kind.CONFLICT),
    ID_NUMBER_INVALID(Kind.BAD_INPUT),
    PHONE_INVALID(Kind.BAD_INPUT),
    RATING_INVALID(Kind.BAD_INPUT),
    /** A paper case entered late without a reason, or claiming a time in the future or beyond the window. */
    LATE_ENTRY_INVALID(Kind.BAD_INPUT),
    /** A rating code that is unknown, used or expired. */
    RATING_CODE_INVALID(Kind.BAD_INPUT),
    APPEAL_NOT_FOUND(Kind.NOT_FOUND),
    /** The catalogue service the ledger needs for items and deadlines is not available. */
    CATALOGUE_UNAVAILABLE(Kind.UNAVAILABLE),
    /** Stored personal data names a key id the personal-data keyring does not hold (e.g. an old key removed too early). */
    PERSONAL_DATA_KEY_UNKNOWN(Kind.UNAVAILABLE),
    /** A key file can be read or written by its group or others; only its owner may (as ssh demands). */
    KEY_FILE_UNPROTECTED(Kind.BAD_INPUT),

    // --- standards checks ---
    SITE_DESCRIPTION_INVALID(Kind.BAD_INPUT),

    // --- audit trail ---
    AUDIT_ENTRY_NOT_FOUND(Kind.NOT_FOUND),
    CHECKPOINT_NOT_FOUND(Kind.NOT_FOUND),
    PROOF_RANGE_INVALID(Kind.BAD_INPUT),
    /** The county audit key cannot be opened or cannot sign; nothing was published. */
    AUDIT_KEY_UNAVAILABLE(Kind.UNAVAILABLE);

    /** What kind of failure a code stands for, and so what a caller (or HTTP) makes of it. */
    public enum Kind {
        /** The input was wrong; correct it and retry (HTTP 400). */
        BAD_INPUT,
        /** The thing named does not exist (HTTP 404). */
        NOT_FOUND,
        /** The thing is in a state that forbids the action (HTTP 409). */
        CONFLICT,
        /** The actor may not do this (HTTP 403). */
        FORBIDDEN,
        /** A resource failed; the action may succeed later (HTTP 503). */
        UNAVAILABLE
    }

    private final Kind kind;

    ErrorCode(Kind kind) {
        this.kind = kind;
    }

    /** The kind of failure this code stands for. */
    public Kind kind() {
        return kind;
    }
}
