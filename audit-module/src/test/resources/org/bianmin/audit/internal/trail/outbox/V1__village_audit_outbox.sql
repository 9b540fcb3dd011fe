-- A module's audit outbox as every auditing module creates it (see AuditOutboxTable), for the
-- trail's outbox tests: the village ledger's own records are not needed.
CREATE TABLE village_record (
    record_id VARCHAR(64) NOT NULL,
    CONSTRAINT pk_village_record PRIMARY KEY (record_id)
);

CREATE SEQUENCE village_audit_outbox_seq ${bigsequence} START WITH 1 INCREMENT BY 1;

CREATE TABLE village_audit_outbox (
    id              BIGINT NOT NULL,
    event_type      VARCHAR(64) NOT NULL,
    actor_id        VARCHAR(128) NOT NULL,
    subject         VARCHAR(256) NOT NULL,
    details         ${text} NOT NULL,
    recorded_micros BIGINT NOT NULL,
    CONSTRAINT pk_village_audit_outbox PRIMARY KEY (id)
);
