-- Where a login reaches in the ledger: an agent's login bound to their agent record at a point, or a
-- township supervisor's login to a township. County-wide reach is configuration (county.logins).
CREATE TABLE proxy_assignment (
    assignment_id  VARCHAR(210) NOT NULL,
    login          VARCHAR(128) NOT NULL,
    scope_level    VARCHAR(16) NOT NULL,
    scope_id       VARCHAR(64) NOT NULL,
    agent_id       VARCHAR(64),
    assigned_by    VARCHAR(128) NOT NULL,
    assigned_at    ${timestamp} NOT NULL,
    CONSTRAINT pk_proxy_assignment PRIMARY KEY (assignment_id),
    CONSTRAINT fk_proxy_assignment_agent FOREIGN KEY (agent_id) REFERENCES proxy_agent (agent_id)
);
CREATE INDEX ix_proxy_assignment_login ON proxy_assignment (login);
