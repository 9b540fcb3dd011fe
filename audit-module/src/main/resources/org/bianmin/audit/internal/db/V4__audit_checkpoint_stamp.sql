-- The RFC 3161 time-stamp token (DER) of each checkpoint, over SM3 of its signed note's text, from
-- the platform's time-stamp authority; NULL for a checkpoint published without one (no authority
-- answered, or published before stamps existed).
ALTER TABLE audit_checkpoint_note ADD COLUMN time_stamp_token ${binary};
