-- The applicant's rating code of a case (好差评 by the applicant): only its SHA-256 is kept; one
-- rating, until it expires.
CREATE TABLE proxy_rating_code (
    case_id     VARCHAR(36) NOT NULL,
    code_hash   VARCHAR(64) NOT NULL,
    expires_at  ${timestamp} NOT NULL,
    issued_by   VARCHAR(128) NOT NULL,
    issued_at   ${timestamp} NOT NULL,
    used_at     ${timestamp},
    CONSTRAINT pk_proxy_rating_code PRIMARY KEY (case_id),
    CONSTRAINT uq_proxy_rating_code_hash UNIQUE (code_hash),
    CONSTRAINT fk_proxy_rating_code_case FOREIGN KEY (case_id) REFERENCES proxy_case (case_id)
);
