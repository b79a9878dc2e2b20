-- The campaign warehouse: private tables in schema "core", public views in "main".
-- The views are the contract documented in README.md ("The warehouse contract"); the tables may change.

CREATE SCHEMA IF NOT EXISTS core;

CREATE TABLE core.meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

-- Every administrative unit, one row per version (a rename is a new version under the same key).
-- Official units come from data/reference; units with no official code ("other": the party cell of a
-- district agency) are added by loads.
CREATE TABLE core.unit_versions (
    unit_key      VARCHAR NOT NULL,          -- map:level:code, or map:other:parent_code:folded name
    map           VARCHAR NOT NULL CHECK (map IN ('old', 'new')),
    level         VARCHAR NOT NULL CHECK (level IN ('province', 'district', 'commune', 'other')),
    code          VARCHAR,
    name          VARCHAR NOT NULL,
    type          VARCHAR,
    province_code VARCHAR,
    district_code VARCHAR,
    first_year    INTEGER,                   -- NULL: open start (already there in 2015)
    last_year     INTEGER,                   -- NULL: still exists
    origin        VARCHAR NOT NULL           -- 'reference' or 'load'
);

CREATE TABLE core.families (
    code     VARCHAR PRIMARY KEY,
    sort     INTEGER,
    label_vi VARCHAR,
    label_en VARCHAR,
    color    VARCHAR
);

CREATE TABLE core.metrics (
    code             VARCHAR PRIMARY KEY,
    sort             INTEGER,
    family           VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL CHECK (kind IN ('pct', 'count')),
    label_vi         VARCHAR NOT NULL,
    label_en         VARCHAR NOT NULL,
    short_vi         VARCHAR,
    short_en         VARCHAR,
    target           DOUBLE,
    higher_is_better BOOLEAN
);

-- Old commune -> new commune, one row per pair (data/reference/crosswalk.csv).
CREATE TABLE core.crosswalk (
    old_commune_code  VARCHAR,
    old_commune_name  VARCHAR,
    old_district_code VARCHAR,
    old_district_name VARCHAR,
    old_province_code VARCHAR,
    old_province_name VARCHAR,
    new_commune_code  VARCHAR NOT NULL,
    new_commune_name  VARCHAR NOT NULL,
    new_province_code VARCHAR NOT NULL,
    new_province_name VARCHAR NOT NULL,
    merge_class       VARCHAR NOT NULL CHECK (merge_class IN ('whole', 'partial', 'kept', 'renamed', 'other')),
    merge_note        VARCHAR,
    dvhcvn_type       VARCHAR,
    old_splits        INTEGER
);

CREATE SEQUENCE core.load_id_seq START 1;

CREATE TABLE core.loads (
    load_id       INTEGER PRIMARY KEY,
    file_name     VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL,
    loaded_at     TIMESTAMP NOT NULL,
    status        VARCHAR NOT NULL
                  CHECK (status IN ('loaded', 'loaded_with_rejects', 'refused', 'already_loaded')),
    rows_loaded   INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    layout        VARCHAR,
    year          INTEGER,
    map           VARCHAR,
    unit_key      VARCHAR,
    unit_name     VARCHAR,
    message       VARCHAR
);

-- Current facts: at most one per unit, year and metric (the primary key says so).
CREATE TABLE core.facts (
    unit_key      VARCHAR NOT NULL,
    year          INTEGER NOT NULL,
    metric        VARCHAR NOT NULL,
    map           VARCHAR NOT NULL,
    value         DOUBLE NOT NULL,
    qualifier     VARCHAR CHECK (qualifier IS NULL OR qualifier = '>'),
    numerator     DOUBLE,
    denominator   DOUBLE,
    value_text    VARCHAR,                   -- the cell as typed
    unit_level    VARCHAR NOT NULL,
    unit_code     VARCHAR,
    unit_name     VARCHAR NOT NULL,
    province      VARCHAR,
    district      VARCHAR,
    commune       VARCHAR,
    province_code VARCHAR,
    district_code VARCHAR,
    load_id       INTEGER NOT NULL,
    source_file   VARCHAR NOT NULL,
    source_sheet  VARCHAR,
    source_row    INTEGER,
    source_cell   VARCHAR,
    PRIMARY KEY (unit_key, year, metric)
);

-- Facts a later file superseded, with the load that replaced them.
CREATE TABLE core.fact_history AS SELECT *, 0::INTEGER AS superseded_by FROM core.facts WITH NO DATA;

CREATE TABLE core.models (
    load_id       INTEGER NOT NULL,
    scope_key     VARCHAR NOT NULL,          -- the unit whose register this is (replaced per unit and year)
    map           VARCHAR NOT NULL,
    year          INTEGER NOT NULL,
    name          VARCHAR NOT NULL,
    host          VARCHAR,
    unit_key      VARCHAR,
    unit_code     VARCHAR,
    unit_level    VARCHAR,
    province      VARCHAR,
    district      VARCHAR,
    commune       VARCHAR,
    kind          VARCHAR CHECK (kind IS NULL OR kind IN ('collective', 'individual')),
    field         VARCHAR,
    is_new        BOOLEAN,
    is_pilot      BOOLEAN,
    replicated_units INTEGER,
    replication_base INTEGER,
    source_file   VARCHAR NOT NULL,
    source_sheet  VARCHAR,
    source_row    INTEGER
);

CREATE TABLE core.commendations (
    load_id        INTEGER NOT NULL,
    scope_key      VARCHAR NOT NULL,
    map            VARCHAR NOT NULL,
    year           INTEGER NOT NULL,
    recipient      VARCHAR NOT NULL,
    recipient_kind VARCHAR CHECK (recipient_kind IS NULL OR recipient_kind IN ('collective', 'individual')),
    unit_key       VARCHAR,
    unit_code      VARCHAR,
    unit_level     VARCHAR,
    province       VARCHAR,
    district       VARCHAR,
    commune        VARCHAR,
    level          VARCHAR CHECK (level IS NULL OR level IN ('district', 'province', 'central')),
    is_proposed    BOOLEAN NOT NULL,
    form           VARCHAR,
    source_file    VARCHAR NOT NULL,
    source_sheet   VARCHAR,
    source_row     INTEGER
);

CREATE TABLE core.rejects (
    load_id      INTEGER NOT NULL,
    source_file  VARCHAR NOT NULL,
    source_sheet VARCHAR,
    source_row   INTEGER,
    source_cell  VARCHAR,
    value        VARCHAR,
    reason_code  VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    reason_en    VARCHAR
);

-- ---------------------------------------------------------------------------------------------
-- Public views: the contract.
-- ---------------------------------------------------------------------------------------------

CREATE VIEW facts AS
SELECT map, year, province, district, commune, unit_name, unit_code, unit_level, metric, value, qualifier,
       numerator, denominator, source_file, source_sheet, source_row, source_cell
FROM core.facts;

CREATE VIEW fact_history AS
SELECT map, year, province, district, commune, unit_name, unit_code, unit_level, metric, value, qualifier,
       numerator, denominator, source_file, source_sheet, source_row, source_cell,
       load_id, superseded_by
FROM core.fact_history;

CREATE VIEW models AS
SELECT map, name, host, unit_code, province, district, commune, kind, field, year, is_new, is_pilot,
       source_file, source_row
FROM core.models;

CREATE VIEW commendations AS
SELECT map, year, unit_code, province, district, commune, recipient, recipient_kind, level, is_proposed, form,
       source_file, source_row
FROM core.commendations;

CREATE VIEW loads AS
SELECT load_id, file_name, sha256, loaded_at, status, rows_loaded, rows_rejected
FROM core.loads;

CREATE VIEW rejects AS
SELECT load_id, source_file, source_sheet, source_row, source_cell, value, reason_code, reason
FROM core.rejects;

CREATE VIEW units AS
SELECT map, level, code, name, type, province_code, district_code, first_year, last_year
FROM core.unit_versions;

CREATE VIEW metrics AS
SELECT m.code, m.family, m.kind, m.label_vi, m.label_en, m.target, m.higher_is_better,
       f.label_vi AS family_vi, f.label_en AS family_en
FROM core.metrics m JOIN core.families f ON f.code = m.family;

CREATE VIEW crosswalk AS
SELECT old_commune_code, old_commune_name, old_district_code, old_district_name, old_province_code,
       old_province_name, new_commune_code, new_commune_name, new_province_code, new_province_name,
       merge_class, merge_note
FROM core.crosswalk;
