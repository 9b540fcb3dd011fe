-- The serial numbers of the county time-stamp authority's tokens (RFC 3161 §2.4.2: unique for each
-- token the TSA issues). A sequence, so that every node issuing tokens on this database takes its own
-- numbers without a row lock.
CREATE SEQUENCE seal_tsa_serial ${bigsequence} START WITH 1 INCREMENT BY 1;
