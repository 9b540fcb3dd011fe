-- A grant devolves (上级下放) or entrusts (委托) the county's power to the townships. Every grant made
-- before grants said so devolved it, so existing rows become DEVOLVED. Items keep their national
-- elements (codes, power exercise, handling terms) in the JSON body of their revisions, where an
-- absent element is simply not given: existing revisions and published snapshots stay as they are,
-- byte for byte, so their SHA-256 digests still hold.
ALTER TABLE cat_grant ADD COLUMN power_source VARCHAR(16) DEFAULT 'DEVOLVED' NOT NULL;
