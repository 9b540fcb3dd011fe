-- The proxy ledger's audit outbox: every case operation, assignment change and read of personal
-- data in clear writes its audit event here in its own transaction; the audit trail integrates the
-- rows into its log and then deletes them (see AuditOutboxTable in the shared persistence code, and
-- the audit module's README).
CREATE SEQUENCE proxy_audit_outbox_seq ${bigsequence} START WITH 1 INCREMENT BY 1;

CREATE TABLE proxy_audit_outbox (
    id              BIGINT NOT NULL,
    event_type      VARCHAR(64) NOT NULL,
    actor_id        VARCHAR(128) NOT NULL,
    subject         VARCHAR(256) NOT NULL,
    details         ${text} NOT NULL,
    recorded_micros BIGINT NOT NULL,
    CONSTRAINT pk_proxy_audit_outbox PRIMARY KEY (id)
);
