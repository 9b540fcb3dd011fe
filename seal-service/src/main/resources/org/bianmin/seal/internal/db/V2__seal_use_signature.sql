-- The use register proves that one signature value existed (SEAL_STATUS); it is looked up by the
-- SM3 hash of the signature, never by loading every use of a seal.
CREATE INDEX ix_seal_use_signature ON seal_use (es_id, signature_hash);
