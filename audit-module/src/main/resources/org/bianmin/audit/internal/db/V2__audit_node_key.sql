-- One indexed column naming each stored subtree, node_index * 64 + node_level, so that a proof
-- fetches its O(log n) subtrees with one "node_key IN (…)" that every database answers from the
-- index (an OR of (level, index) pairs makes some of them scan the whole table).
ALTER TABLE audit_node ADD COLUMN node_key BIGINT;

UPDATE audit_node SET node_key = node_index * 64 + node_level;

CREATE UNIQUE INDEX ux_audit_node_key ON audit_node (node_key);
