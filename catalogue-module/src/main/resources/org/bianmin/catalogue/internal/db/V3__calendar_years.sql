-- Official calendar years loaded while the platform runs (State Council holiday notices), each
-- kept as the year file it was loaded from. Shipped years are not stored; a row here replaces one.
CREATE TABLE cat_calendar_year (
    calendar_year INT NOT NULL,
    source        VARCHAR(500) NOT NULL,
    year_file     ${text} NOT NULL,
    loaded_at     ${timestamp} NOT NULL,
    loaded_by     VARCHAR(128) NOT NULL,
    CONSTRAINT pk_cat_calendar_year PRIMARY KEY (calendar_year)
);
