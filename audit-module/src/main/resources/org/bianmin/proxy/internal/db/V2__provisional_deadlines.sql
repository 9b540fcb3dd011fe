-- A deadline counted through a year whose State Council holiday notice is not loaded yet is
-- provisional (1) and is recomputed from the day its count started when the notice is loaded.
ALTER TABLE proxy_case ADD COLUMN deadline_provisional INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE proxy_case ADD COLUMN deadline_from_day INTEGER;
