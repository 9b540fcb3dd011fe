-- The witness's state (C2SP tlog-witness): per log origin, the latest checkpoint it cosigned.
-- A row exists for every trusted origin from the witness's start (tree_size 0, no root), so that
-- every add-checkpoint locks an existing row (SELECT ... FOR UPDATE) and two requests for one log
-- are decided one after the other.
CREATE TABLE witness_log (
    origin          VARCHAR(255) NOT NULL,
    tree_size       BIGINT NOT NULL,
    root_hash       ${binary},
    note_text       ${text},
    cosigned_micros BIGINT NOT NULL,
    CONSTRAINT pk_witness_log PRIMARY KEY (origin)
);
