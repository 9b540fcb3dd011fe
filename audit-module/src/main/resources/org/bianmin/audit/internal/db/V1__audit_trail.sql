-- The tamper-evident audit trail (RFC 9162 Merkle tree with SM3). Times are microseconds since
-- the epoch (UTC) in BIGINT, so that an entry's bytes, and so its leaf hash, survive every
-- database exactly.

-- The entries, one per leaf; seq_no is the leaf index, from 0 without gaps.
CREATE TABLE audit_entry (
    seq_no        BIGINT NOT NULL,
    logged_micros BIGINT NOT NULL,
    actor_id      VARCHAR(128) NOT NULL,
    event_type    VARCHAR(64) NOT NULL,
    subject       VARCHAR(256) NOT NULL,
    payload       ${text} NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (seq_no)
);

-- The hash of every complete subtree: node_level 0 holds the leaf hashes; the node at
-- (level, index) covers leaves index * 2^level to (index + 1) * 2^level - 1.
CREATE TABLE audit_node (
    node_level INTEGER NOT NULL,
    node_index BIGINT NOT NULL,
    node_hash  ${binary} NOT NULL,
    CONSTRAINT pk_audit_node PRIMARY KEY (node_level, node_index)
);

-- The one tree head row: every append locks it, which serialises appends from all nodes.
CREATE TABLE audit_head (
    head_id   INTEGER NOT NULL,
    tree_size BIGINT NOT NULL,
    root_hash ${binary},
    CONSTRAINT pk_audit_head PRIMARY KEY (head_id)
);

INSERT INTO audit_head (head_id, tree_size) VALUES (1, 0);

-- Published checkpoints (signed tree heads), one per tree size.
CREATE TABLE audit_checkpoint (
    tree_size     BIGINT NOT NULL,
    root_hash     ${binary} NOT NULL,
    signed_micros BIGINT NOT NULL,
    key_id        VARCHAR(64) NOT NULL,
    signature_der ${binary} NOT NULL,
    CONSTRAINT pk_audit_checkpoint PRIMARY KEY (tree_size)
);
