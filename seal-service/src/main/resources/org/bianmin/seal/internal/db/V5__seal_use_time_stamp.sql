-- The use register says how each signature's time is proven: the genTime and serial number of the
-- RFC 3161 token in its SES_Signature.timeStamp, or, when it was signed without one because the
-- time-stamp authority could not be reached and the policy allowed it, why.
ALTER TABLE seal_use ADD COLUMN time_stamp_gen_time ${timestamp};
ALTER TABLE seal_use ADD COLUMN time_stamp_serial VARCHAR(64);
ALTER TABLE seal_use ADD COLUMN time_stamp_missing VARCHAR(500);
