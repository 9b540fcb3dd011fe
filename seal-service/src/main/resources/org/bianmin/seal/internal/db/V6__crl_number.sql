-- The cRLNumber of the county CA's certificate revocation lists (RFC 5280 §5.2.3: monotonically
-- increasing for each CRL the issuer publishes). A sequence, so that every node issuing CRLs on this
-- database takes its own, larger number.
CREATE SEQUENCE seal_crl_number ${bigsequence} START WITH 1 INCREMENT BY 1;
