-- The devolved-power catalogue: batches, dated item and bundle revisions, grants to townships,
-- the record of changes and the published versions. Dates are ISO text (yyyy-MM-dd), so they sort
-- and compare the same on every database.

CREATE TABLE cat_change (
    change_seq   BIGINT NOT NULL,
    change_kind  VARCHAR(32) NOT NULL,
    subject      VARCHAR(256) NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    legal_basis  VARCHAR(1000) NOT NULL,
    effective_on VARCHAR(10) NOT NULL,
    actor_id     VARCHAR(128) NOT NULL,
    recorded_at  ${timestamp} NOT NULL,
    CONSTRAINT pk_cat_change PRIMARY KEY (change_seq)
);

CREATE TABLE cat_batch (
    batch_no    INTEGER NOT NULL,
    title       VARCHAR(200) NOT NULL,
    document_no VARCHAR(100) NOT NULL,
    issued_on   VARCHAR(10) NOT NULL,
    change_seq  BIGINT NOT NULL,
    CONSTRAINT pk_cat_batch PRIMARY KEY (batch_no)
);

-- One row per dated revision of an item; the revision made by change N has id N.
CREATE TABLE cat_item_revision (
    change_seq BIGINT NOT NULL,
    item_code  VARCHAR(64) NOT NULL,
    valid_from VARCHAR(10) NOT NULL,
    removed    ${bool} NOT NULL,
    item_name  VARCHAR(200),
    body       ${text},
    CONSTRAINT pk_cat_item_revision PRIMARY KEY (change_seq)
);

CREATE INDEX ix_cat_item_revision_code ON cat_item_revision (item_code);

CREATE TABLE cat_bundle_revision (
    change_seq  BIGINT NOT NULL,
    bundle_code VARCHAR(64) NOT NULL,
    valid_from  VARCHAR(10) NOT NULL,
    removed     ${bool} NOT NULL,
    bundle_name VARCHAR(200),
    body        ${text},
    CONSTRAINT pk_cat_bundle_revision PRIMARY KEY (change_seq)
);

CREATE TABLE cat_grant (
    grant_id        VARCHAR(64) NOT NULL,
    item_code       VARCHAR(64) NOT NULL,
    batch_no        INTEGER NOT NULL,
    document_no     VARCHAR(100) NOT NULL,
    effective_from  VARCHAR(10) NOT NULL,
    effective_until VARCHAR(10),
    withdrawn_from  VARCHAR(10),
    withdraw_reason VARCHAR(1000),
    withdraw_basis  VARCHAR(1000),
    change_seq      BIGINT NOT NULL,
    CONSTRAINT pk_cat_grant PRIMARY KEY (grant_id)
);

CREATE INDEX ix_cat_grant_item ON cat_grant (item_code);

CREATE TABLE cat_grant_township (
    grant_id      VARCHAR(64) NOT NULL,
    township_code VARCHAR(12) NOT NULL,
    CONSTRAINT pk_cat_grant_township PRIMARY KEY (grant_id, township_code)
);

CREATE INDEX ix_cat_grant_township ON cat_grant_township (township_code);

-- A published version keeps its whole snapshot (JSON) and the snapshot's SHA-256.
CREATE TABLE cat_version (
    version_no   INTEGER NOT NULL,
    title        VARCHAR(200) NOT NULL,
    as_of        VARCHAR(10) NOT NULL,
    published_at ${timestamp} NOT NULL,
    published_by VARCHAR(128) NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    legal_basis  VARCHAR(1000) NOT NULL,
    last_change  BIGINT NOT NULL,
    item_count   INTEGER NOT NULL,
    grant_count  INTEGER NOT NULL,
    digest       VARCHAR(64) NOT NULL,
    snapshot     ${text} NOT NULL,
    CONSTRAINT pk_cat_version PRIMARY KEY (version_no)
);
