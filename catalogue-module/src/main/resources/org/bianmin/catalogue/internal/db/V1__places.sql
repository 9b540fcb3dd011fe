-- Places of the county's service network: county → township (or merged-township station) →
-- village or community, keyed by division code (GB/T 2260).
CREATE TABLE cat_place (
    division_code VARCHAR(12) NOT NULL,
    place_name    VARCHAR(100) NOT NULL,
    place_kind    VARCHAR(16) NOT NULL,
    parent_code   VARCHAR(12),
    created_at    ${timestamp} NOT NULL,
    CONSTRAINT pk_cat_place PRIMARY KEY (division_code)
);

CREATE INDEX ix_cat_place_parent ON cat_place (parent_code);
