-- Each published checkpoint as a C2SP signed note (tlog-checkpoint): its text and the log's
-- signature lines (SM2, Ed25519) as signed, and the witnesses' cosignature lines (tlog-cosignature)
-- gathered for it. The audit_checkpoint row and its SM2 signature stay as they were.
CREATE TABLE audit_checkpoint_note (
    tree_size         BIGINT NOT NULL,
    note_text         ${text} NOT NULL,
    cosignature_lines ${text},
    CONSTRAINT pk_audit_checkpoint_note PRIMARY KEY (tree_size)
);
