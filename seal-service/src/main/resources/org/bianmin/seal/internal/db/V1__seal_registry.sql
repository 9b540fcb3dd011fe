-- The electronic seal registry (REQUIREMENTS.md C-SEAL): seals and numbered sub-seals, their
-- lifecycle transitions, custody grants and uses (用印登记), and the counters that number them.

CREATE TABLE seal_seal (
    es_id            VARCHAR(32) NOT NULL,
    parent_es_id     VARCHAR(32),
    sub_number       INTEGER NOT NULL,
    owner_unit       VARCHAR(100) NOT NULL,
    owner_division   VARCHAR(12) NOT NULL,
    seal_name        VARCHAR(120) NOT NULL,
    purpose          VARCHAR(20) NOT NULL,
    seal_state       VARCHAR(16) NOT NULL,
    valid_from       ${timestamp} NOT NULL,
    valid_to         ${timestamp} NOT NULL,
    requested_by     VARCHAR(128) NOT NULL,
    approved_by      VARCHAR(128),
    created_at       ${timestamp} NOT NULL,
    last_sub_number  INTEGER NOT NULL,
    live_centre      VARCHAR(12),
    key_alias        VARCHAR(64),
    signer_cert      ${binary},
    seal_der         ${binary},
    picture_png      ${binary},
    picture_svg      ${text},
    CONSTRAINT pk_seal_seal PRIMARY KEY (es_id),
    CONSTRAINT uk_seal_live_centre UNIQUE (live_centre),
    CONSTRAINT uk_seal_sub_number UNIQUE (parent_es_id, sub_number)
);

CREATE INDEX ix_seal_seal_division ON seal_seal (owner_division);

CREATE TABLE seal_transition (
    transition_id VARCHAR(36) NOT NULL,
    es_id         VARCHAR(32) NOT NULL,
    step          INTEGER NOT NULL,
    from_state    VARCHAR(16),
    to_state      VARCHAR(16) NOT NULL,
    actor_id      VARCHAR(128) NOT NULL,
    recorded_at   ${timestamp} NOT NULL,
    effective_at  ${timestamp} NOT NULL,
    reason        VARCHAR(500),
    CONSTRAINT pk_seal_transition PRIMARY KEY (transition_id),
    CONSTRAINT uk_seal_transition_step UNIQUE (es_id, step)
);

CREATE TABLE seal_custody (
    custody_id    VARCHAR(36) NOT NULL,
    es_id         VARCHAR(32) NOT NULL,
    operator_id   VARCHAR(128) NOT NULL,
    granted_by    VARCHAR(128) NOT NULL,
    granted_at    ${timestamp} NOT NULL,
    withdrawn_by  VARCHAR(128),
    withdrawn_at  ${timestamp},
    CONSTRAINT pk_seal_custody PRIMARY KEY (custody_id)
);

CREATE INDEX ix_seal_custody_seal ON seal_custody (es_id, operator_id);

CREATE TABLE seal_use (
    use_id          VARCHAR(36) NOT NULL,
    es_id           VARCHAR(32) NOT NULL,
    operator_id     VARCHAR(128) NOT NULL,
    used_at         ${timestamp} NOT NULL,
    document_hash   VARCHAR(64) NOT NULL,
    case_number     VARCHAR(64) NOT NULL,
    signature_hash  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_seal_use PRIMARY KEY (use_id)
);

CREATE INDEX ix_seal_use_seal ON seal_use (es_id, used_at);

CREATE TABLE seal_counter (
    counter_id  VARCHAR(64) NOT NULL,
    last_issued BIGINT NOT NULL,
    CONSTRAINT pk_seal_counter PRIMARY KEY (counter_id)
);
