-- What the trail integrated from the modules' audit outboxes: one row per outbox record, written in
-- the transaction that appends its entry. The primary key makes a record that the trail integrated
-- but its outbox still lists (the trail stopped before it could tell the outbox) impossible to
-- append twice.
CREATE TABLE audit_outbox_integrated (
    source    VARCHAR(32) NOT NULL,
    outbox_id BIGINT NOT NULL,
    seq_no    BIGINT NOT NULL,
    CONSTRAINT pk_audit_outbox_integrated PRIMARY KEY (source, outbox_id)
);
