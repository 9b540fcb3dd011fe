-- The id of the personal-data key under which a case's ID-card number and phone are encrypted and
-- indexed, so keys can be rotated (proxy:rekey re-encrypts the rows not under the current key).
-- Rows written before keys had ids keep NULL and are read with personal.data.legacy.key.id.
ALTER TABLE proxy_case ADD COLUMN personal_key_id VARCHAR(32);
CREATE INDEX ix_proxy_case_personal_key ON proxy_case (personal_key_id);
