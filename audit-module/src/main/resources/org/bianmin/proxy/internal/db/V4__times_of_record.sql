-- The server's time of recording each case, and paper cases entered late: their received_at is the
-- paper's time, recorded_at the server's, and late_reason says why.
ALTER TABLE proxy_case ADD COLUMN recorded_at ${timestamp};
ALTER TABLE proxy_case ADD COLUMN recorded_late INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE proxy_case ADD COLUMN late_reason VARCHAR(500);
