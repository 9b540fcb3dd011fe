package org.bianmin.audit.internal.verify;

/** Why a check failed: a stable code and what it means for the auditor. */
public enum Reason {
    EXPORT_MALFORMED("the export is not in the bianmin-audit-log/1 format"),
    EXPORT_TRUNCATED("the export ends before all announced lines"),
    PAYLOAD_NOT_CANONICAL("an entry is not canonical JSON, so its bytes are not the ones that were logged"),
    SEQUENCE_BROKEN("entry sequence numbers are not 0, 1, 2, …: an entry was removed, inserted or moved"),
    KEY_UNREADABLE("the audit public key cannot be read"),
    KEY_NOT_TRUSTED("the export's audit key is not the trusted key"),
    KEY_MISMATCH("the checkpoint names another signing key"),
    SIGNATURE_INVALID("the checkpoint's SM2 signature does not verify: the checkpoint was altered or forged"),
    ROOT_MISMATCH("the root recomputed from the log differs from the signed root: the log was changed"),
    CHECKPOINT_BEYOND_LOG("the checkpoint covers more entries than the export holds: entries were removed"),
    NO_CHECKPOINT("no verified checkpoint of the proof's tree size is at hand"),
    ENTRY_BEYOND_TREE("the proof's entry lies beyond the tree size"),
    PROOF_SIZE_MISMATCH("the proof is for another tree size than the checkpoint"),
    PROOF_MALFORMED("a hash in the proof is not 32 bytes, or the proof's sizes cannot form a proof"),
    PROOF_LENGTH_WRONG("the proof has the wrong number of hashes for its sizes"),
    PROOF_ROOT_MISMATCH("the proof does not lead to the checkpoint's root"),
    PROOF_UNREADABLE("the proof file cannot be read");

    private final String meaning;

    Reason(String meaning) {
        this.meaning = meaning;
    }

    /** What the failure means, in English. */
    public String meaning() {
        return meaning;
    }
}
