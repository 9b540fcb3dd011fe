-- RFC 4998 evidence records over the use register: one row per use once an archive time-stamp covers
-- its signature's SM3 hash. evidence_record is the DER EvidenceRecord (the use's reduced hash tree and
-- the archive time-stamp chain); first_gen_time is the genTime of its first archive time-stamp, the
-- proof of existence; last_gen_time and tsa_not_after belong to its last one, whose certificate's
-- expiry decides when the record is renewed (RFC 4998 §5.2).
CREATE TABLE seal_evidence_record (
    use_id           VARCHAR(36) NOT NULL,
    evidence_record  ${binary} NOT NULL,
    first_gen_time   ${timestamp} NOT NULL,
    last_gen_time    ${timestamp} NOT NULL,
    tsa_not_after    ${timestamp} NOT NULL,
    time_stamps      INTEGER NOT NULL,
    CONSTRAINT pk_seal_evidence_record PRIMARY KEY (use_id),
    CONSTRAINT fk_seal_evidence_record_use FOREIGN KEY (use_id) REFERENCES seal_use (use_id)
);

CREATE INDEX ix_seal_evidence_record_renewal ON seal_evidence_record (tsa_not_after);
