package org.bianmin.audit.internal.verify;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a check failed: a stable code, and what it means for the auditor, kept in
 * {@code reasons.properties} beside this class.
 */
public enum Reason {
    EXPORT_MALFORMED,
    EXPORT_TRUNCATED,
    PAYLOAD_NOT_CANONICAL,
    SEQUENCE_BROKEN,
    KEY_UNREADABLE,
    KEY_NOT_TRUSTED,
    KEY_MISMATCH,
    SIGNATURE_INVALID,
    ROOT_MISMATCH,
    CHECKPOINT_BEYOND_LOG,
    NO_CHECKPOINT,
    ENTRY_BEYOND_TREE,
    PROOF_SIZE_MISMATCH,
    PROOF_MALFORMED,
    PROOF_LENGTH_WRONG,
    PROOF_ROOT_MISMATCH,
    PROOF_UNREADABLE,
    NOTE_MALFORMED,
    QUORUM_NOT_MET,
    TIMESTAMP_MISSING,
    TIMESTAMP_MALFORMED,
    TIMESTAMP_IMPRINT_MISMATCH,
    TIMESTAMP_NOT_TRUSTED,
    TIMESTAMP_CERT_PURPOSE,
    TIMESTAMP_SIGNATURE_INVALID;

    private static final ResourceBundle MEANINGS = ResourceBundle.getBundle(
            "org.bianmin.audit.internal.verify.reasons", Locale.ROOT, Reason.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /** What the failure means, in English. */
    public String meaning() {
        return MEANINGS.getString(name());
    }
}
