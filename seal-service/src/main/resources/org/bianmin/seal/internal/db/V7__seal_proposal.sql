-- Changes to a seal that need a second person (dual control): a back-dated revocation, a resumption
-- after suspension, a custody grant. One administrator proposes, an approver confirms; until then the
-- seal is unchanged. seal_step is the number of the seal's transitions when it was proposed: a
-- confirmation finds the same number or is refused as stale. proposal_number counts the seal's
-- proposals (1, 2, 3 …, taken under the seal's row lock). Rows are kept after the decision.
CREATE TABLE seal_proposal (
    proposal_id     VARCHAR(36) NOT NULL,
    es_id           VARCHAR(32) NOT NULL,
    proposal_number INTEGER NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    proposed_by     VARCHAR(128) NOT NULL,
    proposed_at     ${timestamp} NOT NULL,
    reason          VARCHAR(500),
    effective_at    ${timestamp},
    operator_id     VARCHAR(128),
    seal_state      VARCHAR(16) NOT NULL,
    seal_step       INTEGER NOT NULL,
    status          VARCHAR(16) NOT NULL,
    decided_by      VARCHAR(128),
    decided_at      ${timestamp},
    decision_reason VARCHAR(500),
    CONSTRAINT pk_seal_proposal PRIMARY KEY (proposal_id),
    CONSTRAINT uk_seal_proposal_number UNIQUE (es_id, proposal_number)
);
