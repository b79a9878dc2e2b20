-- The campaign warehouse: private tables in schema "core", public views in "main".
-- The views are the contract documented in docs/warehouse.md; the tables may change.

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
    message       VARCHAR,
    -- the cell ledger of the file: every non-empty cell of its sheets in exactly one of these
    cells_fact     INTEGER,
    cells_rejected INTEGER,
    cells_label    INTEGER,
    cells_ignored  INTEGER,
    loaded_by      VARCHAR,                  -- the data manager who published it (the CLI: the login name)
    undone_by      INTEGER                   -- the undo (core.undos) that took it back
);

-- Loads taken back: their figures removed, the values they had replaced restored.
CREATE TABLE core.undos (
    undo_id        INTEGER PRIMARY KEY,      -- from core.load_id_seq: loads and undos share one sequence
    load_id        INTEGER NOT NULL,
    undone_at      TIMESTAMP NOT NULL,       -- UTC
    undone_by_user VARCHAR,
    facts_removed  INTEGER NOT NULL,
    facts_restored INTEGER NOT NULL,
    items_removed  INTEGER NOT NULL,
    items_restored INTEGER NOT NULL
);

-- Templates sent to reporting units (etl.publishing.templates, etl.publishing.sends): one row a workbook sent.
CREATE TABLE core.template_sends (
    send_id          VARCHAR PRIMARY KEY,     -- the id in the workbook's fingerprint
    template_version INTEGER NOT NULL,
    year             INTEGER NOT NULL,
    map              VARCHAR NOT NULL,
    unit_key         VARCHAR NOT NULL,        -- the reporting unit it was sent to
    unit_code        VARCHAR,
    unit_name        VARCHAR NOT NULL,
    file_name        VARCHAR NOT NULL,
    sha256           VARCHAR,                 -- the workbook as sent (kept in the archive)
    unit_rows        INTEGER,                 -- unit rows of its table
    sent_at          TIMESTAMP NOT NULL,      -- UTC
    sent_by          VARCHAR
);

-- A returned template: the load that read it by its fingerprint (received while that load is in force).
CREATE TABLE core.template_receipts (
    send_id VARCHAR NOT NULL,
    load_id INTEGER NOT NULL
);

-- The ledger of each sheet of a load: how it was read and where its cells went.
CREATE TABLE core.load_sheets (
    load_id        INTEGER NOT NULL,
    sheet          VARCHAR NOT NULL,
    status         VARCHAR NOT NULL CHECK (status IN ('read', 'hidden', 'no_table')),
    binding        VARCHAR,                  -- wide | transposed | vertical | long | models | commendations
    cells          INTEGER NOT NULL,         -- non-empty cells
    cells_fact     INTEGER NOT NULL,
    cells_rejected INTEGER NOT NULL,
    cells_label    INTEGER NOT NULL,
    cells_ignored  INTEGER NOT NULL,
    ignored_why    VARCHAR                   -- e.g. "signature: 6; note_column: 3"
);

-- Current facts: at most one per unit, year and metric (the primary key says so).
CREATE TABLE core.facts (
    unit_key      VARCHAR NOT NULL,
    year          INTEGER NOT NULL,
    metric        VARCHAR NOT NULL,
    map           VARCHAR NOT NULL,
    value         DOUBLE NOT NULL,
    -- what the clerk typed before the number (etl.reference.bounds): '>' trên, '>=' ít nhất, '<' dưới, '<=' tối đa, '~' khoảng
    qualifier     VARCHAR CHECK (qualifier IS NULL OR qualifier IN ('>', '>=', '<', '<=', '~')),
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
    source_cells  INTEGER,                   -- the cells of the file that made it (its ledger's count)
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
    source_row    INTEGER,
    -- the appraisal of a model (from 2024 in some districts); NULL where the register does not say
    has_study     BOOLEAN,                   -- Học tập Bác: ticked or described (TRUE), "không" (FALSE)
    has_follow    BOOLEAN,                   -- Làm theo Bác
    has_example   BOOLEAN,                   -- Nêu gương
    study_text    VARCHAR,
    follow_text   VARCHAR,
    example_text  VARCHAR,
    exemplar      VARCHAR,                   -- the exemplary individual tied to the model (cá nhân điển hình)
    appraisal_step VARCHAR CHECK (appraisal_step IS NULL
                                  OR appraisal_step IN ('registered', 'appraised', 'deployed', 'reviewed')),
    registered_on DATE,
    appraised_on  DATE,
    deployed_on   DATE,
    reviewed_on   DATE
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

-- Register items a later register of the same unit and year replaced, with the load that replaced them.
CREATE TABLE core.models_history AS SELECT *, 0::INTEGER AS superseded_by FROM core.models WITH NO DATA;
CREATE TABLE core.commendations_history AS SELECT *, 0::INTEGER AS superseded_by FROM core.commendations WITH NO DATA;

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

CREATE OR REPLACE VIEW facts AS
SELECT map, year, province, district, commune, unit_name, unit_code, unit_level, metric, value, qualifier,
       numerator, denominator, source_file, source_sheet, source_row, source_cell
FROM core.facts;

CREATE OR REPLACE VIEW fact_history AS
SELECT map, year, province, district, commune, unit_name, unit_code, unit_level, metric, value, qualifier,
       numerator, denominator, source_file, source_sheet, source_row, source_cell,
       load_id, superseded_by
FROM core.fact_history;

CREATE OR REPLACE VIEW models AS
SELECT map, name, host, unit_code, province, district, commune, kind, field, year, is_new, is_pilot,
       source_file, source_row, has_study, has_follow, has_example, exemplar, appraisal_step
FROM core.models;

CREATE OR REPLACE VIEW commendations AS
SELECT map, year, unit_code, province, district, commune, recipient, recipient_kind, level, is_proposed, form,
       source_file, source_row
FROM core.commendations;

CREATE OR REPLACE VIEW loads AS
SELECT load_id, file_name, sha256, loaded_at, status, rows_loaded, rows_rejected,
       cells_fact, cells_rejected, cells_label, cells_ignored, loaded_by, undone_by
FROM core.loads;

CREATE OR REPLACE VIEW template_sends AS
SELECT s.send_id, s.year, s.map, s.unit_code, s.unit_name, s.file_name, s.sent_at, s.sent_by,
       r.load_id AS received_load_id, r.loaded_at AS received_at
FROM core.template_sends s
LEFT JOIN (SELECT t.send_id, l.load_id, l.loaded_at FROM core.template_receipts t
           JOIN core.loads l ON l.load_id = t.load_id AND l.undone_by IS NULL
           QUALIFY row_number() OVER (PARTITION BY t.send_id ORDER BY l.load_id DESC) = 1) r USING (send_id);

CREATE OR REPLACE VIEW undos AS
SELECT undo_id, load_id, undone_at, undone_by_user, facts_removed, facts_restored, items_removed, items_restored
FROM core.undos;

CREATE OR REPLACE VIEW load_sheets AS
SELECT load_id, sheet, status, binding, cells, cells_fact, cells_rejected, cells_label, cells_ignored, ignored_why
FROM core.load_sheets;

CREATE OR REPLACE VIEW rejects AS
SELECT load_id, source_file, source_sheet, source_row, source_cell, value, reason_code, reason
FROM core.rejects;

CREATE OR REPLACE VIEW units AS
SELECT map, level, code, name, type, province_code, district_code, first_year, last_year
FROM core.unit_versions;

CREATE OR REPLACE VIEW metrics AS
SELECT m.code, m.family, m.kind, m.label_vi, m.label_en, m.target, m.higher_is_better,
       f.label_vi AS family_vi, f.label_en AS family_en
FROM core.metrics m JOIN core.families f ON f.code = m.family;

CREATE OR REPLACE VIEW crosswalk AS
SELECT old_commune_code, old_commune_name, old_district_code, old_district_name, old_province_code,
       old_province_name, new_commune_code, new_commune_name, new_province_code, new_province_name,
       merge_class, merge_note
FROM core.crosswalk;

-- Every commune fact on today's map (from 1 July 2025). Facts of old communes are moved onto the new commune
-- that took them in (core.crosswalk): counts summed; percentages as the ratio of sums when every old commune
-- gave its numerator and denominator, else the unweighted mean of their rates. A value is approximate when it
-- used a mean, when an old commune went only partly into the new one (or was split across several new
-- communes: it then counts in full in each), or when some old communes of the new one did not report.
-- Facts reported on the new map come as they are; districts' own figures and 'other' units are not moved.
CREATE OR REPLACE VIEW facts_on_current_map AS
WITH links AS (
    SELECT old_commune_code, new_commune_code, any_value(new_province_code) AS new_province_code,
           bool_or(merge_class NOT IN ('whole', 'kept', 'renamed') OR coalesce(old_splits, 1) > 1) AS partial
    FROM core.crosswalk WHERE old_commune_code IS NOT NULL
    GROUP BY ALL
),
old_facts AS (
    SELECT f.year, f.metric, f.value, f.qualifier, f.numerator, f.denominator, f.unit_code AS old_code,
           l.new_commune_code, l.new_province_code, l.partial,
           -- a rate made from its counts (warehouse.levels.derived_sql: the same test)
           (f.numerator IS NOT NULL AND f.denominator IS NOT NULL AND coalesce(regexp_full_match(f.value_text,
            '\s*[0-9][0-9.,\s]*(e\+[0-9]+)?\s*/\s*[0-9][0-9.,\s]*(e\+[0-9]+)?\s*'), false)) AS derived
    FROM core.facts f JOIN links l ON l.old_commune_code = f.unit_code
    WHERE f.map = 'old' AND f.unit_level = 'commune'
),
members AS (  -- old communes of each new commune that existed in a year with moved facts
    SELECT l.new_commune_code, y.year, count(DISTINCT l.old_commune_code) AS n_members
    FROM links l
    JOIN core.unit_versions v ON v.unit_key = 'old:commune:' || l.old_commune_code
    JOIN (SELECT DISTINCT year FROM old_facts) y
      ON coalesce(v.first_year, 0) <= y.year AND coalesce(v.last_year, 9999) >= y.year
    GROUP BY ALL
),
moved AS (
    SELECT o.year, o.metric, o.new_commune_code, any_value(o.new_province_code) AS province_code,
           count(*) = count(o.numerator) AND count(*) = count(o.denominator) AND sum(o.denominator) > 0 AS has_ratio,
           any_value(m.kind) AS kind,
           sum(o.value) AS total, avg(o.value) AS mean,
           sum(o.numerator) AS numerator, sum(o.denominator) AS denominator,
           bool_or(o.partial) AS partial, count(DISTINCT o.old_code) AS n_used, bool_or(o.derived) AS derived,
           -- etl.reference.bounds.combine (warehouse.levels.COMBINED_QUALIFIER): bounds of one direction stay that way
           CASE WHEN count(o.qualifier) = 0 THEN NULL
                WHEN bool_and(o.qualifier IS NULL OR o.qualifier IN ('>', '>='))
                    THEN CASE WHEN bool_or(o.qualifier = '>') THEN '>' ELSE '>=' END
                WHEN bool_and(o.qualifier IS NULL OR o.qualifier IN ('<', '<='))
                    THEN CASE WHEN bool_or(o.qualifier = '<') THEN '<' ELSE '<=' END
                ELSE '~' END AS qualifier,
           list(DISTINCT o.old_code ORDER BY o.old_code) AS source_units
    FROM old_facts o JOIN core.metrics m ON m.code = o.metric
    GROUP BY o.year, o.metric, o.new_commune_code
),
new_facts AS (
    SELECT year, province, commune, unit_code, metric, value, numerator, denominator, qualifier,
           (numerator IS NOT NULL AND denominator IS NOT NULL AND coalesce(regexp_full_match(value_text,
            '\s*[0-9][0-9.,\s]*(e\+[0-9]+)?\s*/\s*[0-9][0-9.,\s]*(e\+[0-9]+)?\s*'), false)) AS derived
    FROM core.facts WHERE map = 'new' AND unit_level = 'commune'
),
named AS (
    SELECT unit_key, name, row_number() OVER (PARTITION BY unit_key ORDER BY coalesce(first_year, 0) DESC) AS rn
    FROM core.unit_versions WHERE map = 'new'
)
SELECT mv.year, p.name AS province, c.name AS commune, mv.new_commune_code AS unit_code, mv.metric,
       CASE WHEN mv.kind = 'count' THEN mv.total
            WHEN mv.has_ratio THEN 100.0 * mv.numerator / mv.denominator
            ELSE mv.mean END AS value,
       CASE WHEN mv.kind = 'pct' AND mv.has_ratio THEN mv.numerator END AS numerator,
       CASE WHEN mv.kind = 'pct' AND mv.has_ratio THEN mv.denominator END AS denominator,
       (mv.partial OR (mv.kind = 'pct' AND NOT mv.has_ratio) OR mv.n_used < coalesce(mb.n_members, 0)) AS is_approximate,
       mv.source_units, mv.qualifier, mv.derived
FROM moved mv
LEFT JOIN members mb ON mb.new_commune_code = mv.new_commune_code AND mb.year = mv.year
LEFT JOIN named c ON c.unit_key = 'new:commune:' || mv.new_commune_code AND c.rn = 1
LEFT JOIN named p ON p.unit_key = 'new:province:' || mv.province_code AND p.rn = 1
WHERE NOT EXISTS (SELECT 1 FROM new_facts n WHERE n.unit_code = mv.new_commune_code AND n.year = mv.year
                  AND n.metric = mv.metric)
UNION ALL
SELECT year, province, commune, unit_code, metric, value, numerator, denominator, false AS is_approximate,
       [unit_code] AS source_units, qualifier, derived
FROM new_facts;
