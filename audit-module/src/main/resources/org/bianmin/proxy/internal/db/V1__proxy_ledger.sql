-- The village proxy ledger (代办台账, plan tasks 11, 12, 15). Days are stored as epoch days
-- (INTEGER) so that periods, deadlines and ages compare the same way on every database.

CREATE TABLE proxy_point (
    point_id       VARCHAR(64) NOT NULL,
    point_name     VARCHAR(100) NOT NULL,
    point_kind     VARCHAR(16) NOT NULL,
    division_code  VARCHAR(12) NOT NULL,
    township_code  VARCHAR(9) NOT NULL,
    county_code    VARCHAR(6) NOT NULL,
    created_at     ${timestamp} NOT NULL,
    CONSTRAINT pk_proxy_point PRIMARY KEY (point_id)
);
CREATE INDEX ix_proxy_point_township ON proxy_point (township_code);
CREATE INDEX ix_proxy_point_county ON proxy_point (county_code);

CREATE TABLE proxy_agent (
    agent_id    VARCHAR(64) NOT NULL,
    point_id    VARCHAR(64) NOT NULL,
    agent_name  VARCHAR(64) NOT NULL,
    agent_role  VARCHAR(24) NOT NULL,
    CONSTRAINT pk_proxy_agent PRIMARY KEY (agent_id),
    CONSTRAINT fk_proxy_agent_point FOREIGN KEY (point_id) REFERENCES proxy_point (point_id)
);
CREATE INDEX ix_proxy_agent_point ON proxy_agent (point_id);

CREATE TABLE proxy_duty (
    duty_id    VARCHAR(160) NOT NULL,
    point_id   VARCHAR(64) NOT NULL,
    agent_id   VARCHAR(64) NOT NULL,
    duty_day   INTEGER NOT NULL,
    CONSTRAINT pk_proxy_duty PRIMARY KEY (duty_id),
    CONSTRAINT fk_proxy_duty_agent FOREIGN KEY (agent_id) REFERENCES proxy_agent (agent_id)
);
CREATE INDEX ix_proxy_duty_point_day ON proxy_duty (point_id, duty_day);

-- A case (代办件). The applicant's ID-card number and phone are stored only as SM4-GCM ciphertext,
-- an HMAC-SM3 search index and a masked form.
CREATE TABLE proxy_case (
    case_id          VARCHAR(36) NOT NULL,
    point_id         VARCHAR(64) NOT NULL,
    township_code    VARCHAR(9) NOT NULL,
    county_code      VARCHAR(6) NOT NULL,
    agent_id         VARCHAR(64) NOT NULL,
    applicant_name   VARCHAR(64) NOT NULL,
    id_cipher        ${binary} NOT NULL,
    id_index         VARCHAR(64) NOT NULL,
    id_masked        VARCHAR(32) NOT NULL,
    phone_cipher     ${binary},
    phone_index      VARCHAR(64),
    phone_masked     VARCHAR(32),
    item_code        VARCHAR(64) NOT NULL,
    item_name        VARCHAR(200) NOT NULL,
    handling_place   VARCHAR(200) NOT NULL,
    promised_days    INTEGER NOT NULL,
    channel          VARCHAR(16) NOT NULL,
    needs            VARCHAR(64) NOT NULL,
    services         VARCHAR(64) NOT NULL,
    special_needs    INTEGER NOT NULL,
    special_served   INTEGER NOT NULL,
    case_state       VARCHAR(16) NOT NULL,
    received_at      ${timestamp} NOT NULL,
    received_day     INTEGER NOT NULL,
    deadline_day     INTEGER,
    result_day       INTEGER,
    answered         INTEGER NOT NULL,
    answered_at      ${timestamp},
    answer_method    VARCHAR(16),
    missing_materials VARCHAR(2000),
    visits           INTEGER NOT NULL,
    rating           INTEGER,
    rating_comment   VARCHAR(500),
    rated_at         ${timestamp},
    row_version      INTEGER NOT NULL,
    CONSTRAINT pk_proxy_case PRIMARY KEY (case_id),
    CONSTRAINT fk_proxy_case_point FOREIGN KEY (point_id) REFERENCES proxy_point (point_id)
);
-- the "every case answered" report and indicators per township, point and county
CREATE INDEX ix_proxy_case_township_open ON proxy_case (township_code, answered, received_day);
CREATE INDEX ix_proxy_case_point_day ON proxy_case (point_id, received_day);
CREATE INDEX ix_proxy_case_county_day ON proxy_case (county_code, received_day);
CREATE INDEX ix_proxy_case_id_index ON proxy_case (id_index);
CREATE INDEX ix_proxy_case_phone_index ON proxy_case (phone_index);

CREATE TABLE proxy_transition (
    transition_id  VARCHAR(48) NOT NULL,
    case_id        VARCHAR(36) NOT NULL,
    step           INTEGER NOT NULL,
    from_state     VARCHAR(16),
    to_state       VARCHAR(16) NOT NULL,
    actor_id       VARCHAR(128) NOT NULL,
    moved_at       ${timestamp} NOT NULL,
    note           VARCHAR(2000),
    CONSTRAINT pk_proxy_transition PRIMARY KEY (transition_id),
    CONSTRAINT fk_proxy_transition_case FOREIGN KEY (case_id) REFERENCES proxy_case (case_id)
);
CREATE INDEX ix_proxy_transition_case ON proxy_transition (case_id, step);

CREATE TABLE proxy_visit (
    visit_id    VARCHAR(36) NOT NULL,
    case_id     VARCHAR(36) NOT NULL,
    visited_at  ${timestamp} NOT NULL,
    purpose     VARCHAR(200) NOT NULL,
    CONSTRAINT pk_proxy_visit PRIMARY KEY (visit_id),
    CONSTRAINT fk_proxy_visit_case FOREIGN KEY (case_id) REFERENCES proxy_case (case_id)
);
CREATE INDEX ix_proxy_visit_case ON proxy_visit (case_id);

-- 民意民情诉求调查台账
CREATE TABLE proxy_appeal (
    appeal_id      VARCHAR(36) NOT NULL,
    point_id       VARCHAR(64) NOT NULL,
    raised_day     INTEGER NOT NULL,
    raised_by      VARCHAR(64) NOT NULL,
    topic          VARCHAR(100) NOT NULL,
    content        VARCHAR(2000) NOT NULL,
    response       VARCHAR(2000),
    responded_day  INTEGER,
    CONSTRAINT pk_proxy_appeal PRIMARY KEY (appeal_id),
    CONSTRAINT fk_proxy_appeal_point FOREIGN KEY (point_id) REFERENCES proxy_point (point_id)
);
CREATE INDEX ix_proxy_appeal_point_day ON proxy_appeal (point_id, raised_day);

-- 特殊人群关爱台账
CREATE TABLE proxy_care (
    care_id      VARCHAR(36) NOT NULL,
    point_id     VARCHAR(64) NOT NULL,
    person_name  VARCHAR(64) NOT NULL,
    need         VARCHAR(16) NOT NULL,
    care_day     INTEGER NOT NULL,
    service      VARCHAR(500) NOT NULL,
    agent_id     VARCHAR(64) NOT NULL,
    CONSTRAINT pk_proxy_care PRIMARY KEY (care_id),
    CONSTRAINT fk_proxy_care_point FOREIGN KEY (point_id) REFERENCES proxy_point (point_id)
);
CREATE INDEX ix_proxy_care_point_day ON proxy_care (point_id, care_day);

-- township inspections of proxy points (V-SUPERVISE)
CREATE TABLE proxy_inspection (
    inspection_id   VARCHAR(36) NOT NULL,
    point_id        VARCHAR(64) NOT NULL,
    inspection_day  INTEGER NOT NULL,
    inspector       VARCHAR(100) NOT NULL,
    findings        VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_proxy_inspection PRIMARY KEY (inspection_id),
    CONSTRAINT fk_proxy_inspection_point FOREIGN KEY (point_id) REFERENCES proxy_point (point_id)
);
CREATE INDEX ix_proxy_inspection_point_day ON proxy_inspection (point_id, inspection_day);
