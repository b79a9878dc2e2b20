"""Figures of every level in SQL: communes, districts, provinces and the whole country, by the one rule of every
level, written here once (``_computed``, ``_merged``): a unit's reported total where it gave one, else computed
from its children — counts summed; rates as the ratio of sums where every child gave its numerator and
denominator, else the mean of the children's rates; "trên" kept when a child said it; a child that did not report
is missing, never zero — computed by DuckDB over the narrow columns of the facts in one statement. Today's
provinces before 2025 (``current_province_figures``) and the former provinces of Tổng quan's year before
(``provinces_combined``) are combined by the same CTE.

The tree: a commune (and an agency, ``other``, under a district) belongs to its district on the old map, to its
province on the new map; a district to its province; a province to the country (``<map>:country:VN``, which
reports nothing of its own). A district appears under its province as soon as it or one of its communes has a
figure (the pandas version this replaced left out the communes of a district that gave no figure of its own; it
lives on in tests/pandas_rule.py as a second writing of the rule the tests hold the SQL to).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import duckdb

from etl.reference.units import NEW_MAP_FROM  # the first year of today's map
from warehouse.db import ReadOnlyWarehouse

if TYPE_CHECKING:  # the loader publishes through this module: pandas (0.16 s to import) only for the pages
    import pandas as pd

COUNTRY = "VN"  # the code of the country's key: old:country:VN, new:country:VN

FIGURE_COLUMNS = ["year", "metric", "value", "qualifier", "numerator", "denominator", "basis",
                  "reported_value", "computed_value", "computed_basis", "n_reported", "source_file",
                  "source_sheet", "source_row", "source_cell", "derived"]

# A rate its unit did not type, made from its numerator and denominator (a typed rate missing, or rejected and the
# counts beside it kept): etl.tables.assemble writes such a fact's text as "230/232", as a clerk who typed the fraction
# in one cell does. ``derived`` says so on every figure (shown "tính từ 230/232", never as a typed rate).
_FRACTION = r"'\s*[0-9][0-9.,\s]*(e\+[0-9]+)?\s*/\s*[0-9][0-9.,\s]*(e\+[0-9]+)?\s*'"


def derived_sql(alias: str = "") -> str:
    """The SQL of "this fact's rate was made from its counts", on core.facts (``alias``: its table's, with a dot)."""
    return (f"({alias}numerator IS NOT NULL AND {alias}denominator IS NOT NULL AND "
            f"coalesce(regexp_full_match({alias}value_text, {_FRACTION}), false))")


def country_key(map_: str) -> str:
    return f"{map_}:country:{COUNTRY}"


# The facts in scope ($map, years, optionally one province, one district and some metrics), narrow columns.
_FACTS = f"""
    f AS (
        SELECT unit_key, unit_level, province_code, district_code, year, metric, value, qualifier, numerator,
               denominator, {derived_sql()} AS derived
        FROM core.facts
        WHERE map = $map AND year BETWEEN $y0 AND $y1
          AND ($province IS NULL OR province_code = $province OR unit_key = $map || ':province:' || $province)
          AND ($district IS NULL OR district_code = $district OR unit_key = 'old:district:' || $district)
          AND ($metrics IS NULL OR list_contains($metrics, metric))
    ),
    k AS (SELECT code AS metric, kind FROM core.metrics)
"""


# etl.reference.bounds.combine in SQL: a sum or a mean of bounds of one direction is a bound that way, of both, "khoảng"
COMBINED_QUALIFIER = """CASE WHEN count(c.qualifier) = 0 THEN NULL
        WHEN bool_and(c.qualifier IS NULL OR c.qualifier IN ('>', '>='))
            THEN CASE WHEN bool_or(c.qualifier = '>') THEN '>' ELSE '>=' END
        WHEN bool_and(c.qualifier IS NULL OR c.qualifier IN ('<', '<='))
            THEN CASE WHEN bool_or(c.qualifier = '<') THEN '<' ELSE '<=' END
        ELSE '~' END"""


def _computed(children: str, name: str) -> str:
    """A CTE ``name`` computing, per (parent, year, metric), the figure of ``children`` (a CTE with parent,
    province_code, year, metric, value, qualifier, numerator, denominator). Grouped first, the metric's kind
    joined to the groups (not to every fact)."""
    return f"""
    {name}_g AS (
        SELECT c.parent AS unit_key, any_value(c.province_code) AS province_code, c.year, c.metric,
               count(*) AS n_reported, {COMBINED_QUALIFIER} AS combined_qualifier,
               sum(c.value) AS total, avg(c.value) AS mean,
               count(*) = count(c.numerator) AND count(*) = count(c.denominator) AND sum(c.denominator) > 0
                   AS has_ratio,
               sum(c.numerator) AS num, sum(c.denominator) AS den
        FROM {children} c
        GROUP BY c.parent, c.year, c.metric
    ),
    {name} AS (
        SELECT g.*, coalesce(k.kind, 'count') AS kind FROM {name}_g g LEFT JOIN k USING (metric)
    )"""


def _merged(own: str, computed: str, name: str) -> str:
    """A CTE ``name``: each unit's figure, its own (``own``: facts) where it reported, else computed."""
    return f"""
    {name} AS (
        SELECT coalesce(o.unit_key, c.unit_key) AS unit_key,
               coalesce(o.province_code, c.province_code) AS province_code,
               coalesce(o.year, c.year) AS year, coalesce(o.metric, c.metric) AS metric,
               o.value AS reported_value, o.qualifier AS reported_qualifier,
               o.numerator AS reported_num, o.denominator AS reported_den, o.derived AS reported_derived,
               CASE WHEN c.kind = 'count' THEN c.total WHEN c.has_ratio THEN 100.0 * c.num / c.den ELSE c.mean END
                   AS computed_value,
               CASE WHEN c.kind = 'count' THEN 'sum' WHEN c.has_ratio THEN 'ratio' ELSE 'mean' END AS computed_basis,
               CASE WHEN c.kind <> 'count' AND c.has_ratio THEN c.num END AS computed_num,
               CASE WHEN c.kind <> 'count' AND c.has_ratio THEN c.den END AS computed_den,
               c.combined_qualifier AS computed_qualifier,
               coalesce(c.n_reported, 0) AS n_reported
        FROM {own} o FULL OUTER JOIN {computed} c ON c.unit_key = o.unit_key AND c.year = o.year
                                                   AND c.metric = o.metric
    ),
    {name}_fig AS (  -- the figure a parent reads of this unit
        SELECT unit_key, province_code, year, metric,
               coalesce(reported_value, computed_value) AS value,
               CASE WHEN reported_value IS NOT NULL THEN reported_qualifier ELSE computed_qualifier END AS qualifier,
               CASE WHEN reported_value IS NOT NULL THEN reported_num ELSE computed_num END AS numerator,
               CASE WHEN reported_value IS NOT NULL THEN reported_den ELSE computed_den END AS denominator
        FROM {name}
    )"""


def _tree_sql() -> str:
    """Every level's figures for the facts in scope: CTEs ``districts``, ``provinces``, ``country`` (each with
    its ``_fig``) after ``f``."""
    return f"""
    WITH {_FACTS},
    leaves AS (  -- communes and agencies, under their district (old map) or province, by code: no key string
        SELECT CASE WHEN unit_level = 'other' THEN left(split_part(unit_key, ':', 2), 1)
                    WHEN $map = 'old' AND district_code IS NOT NULL THEN 'd' ELSE 'p' END AS parent_level,
               CASE WHEN unit_level = 'other' THEN split_part(split_part(unit_key, '/', 1), ':', 3)
                    WHEN $map = 'old' AND district_code IS NOT NULL THEN district_code
                    ELSE province_code END AS parent,
               province_code, year, metric, value, qualifier, numerator, denominator
        FROM f WHERE unit_level IN ('commune', 'other')
    ),
    district_leaves AS (SELECT * FROM leaves WHERE parent_level = 'd'),
    {_computed("district_leaves", "district_code_up")},
    district_up AS (  -- the codes made keys on the groups
        SELECT * REPLACE ('old:district:' || unit_key AS unit_key) FROM district_code_up
    ),
    district_own AS (SELECT * FROM f WHERE unit_level = 'district'),
    {_merged("district_own", "district_up", "districts")},
    province_children AS (  -- the districts' figures and the communes and agencies right under a province
        SELECT $map || ':province:' || province_code AS parent, province_code, year, metric, value, qualifier,
               numerator, denominator
        FROM districts_fig
        UNION ALL
        SELECT $map || ':province:' || parent, province_code, year, metric, value, qualifier, numerator, denominator
        FROM leaves WHERE parent_level = 'p'
    ),
    {_computed("province_children", "province_up")},
    province_own AS (SELECT * FROM f WHERE unit_level = 'province'),
    {_merged("province_own", "province_up", "provinces")},
    country_children AS (
        SELECT $map || ':country:{COUNTRY}' AS parent, province_code, year, metric, value, qualifier, numerator,
               denominator
        FROM provinces_fig
    ),
    {_computed("country_children", "country_up")},
    country_own AS (SELECT * FROM f WHERE false),
    {_merged("country_own", "country_up", "country")}
    """


def _params(map_: str, first_year: int, last_year: int, province: str | None, district: str | None,
            metrics: list[str] | None) -> dict[str, object]:
    return {"map": map_, "y0": first_year, "y1": last_year, "province": province, "district": district,
            "metrics": metrics}


def _scope(unit_key: str) -> tuple[str, str, str | None, str | None]:
    """(map, level, province, district) of the facts a unit's figures need."""
    map_, level, code = unit_key.split(":", 2)
    code = code.split("/", 1)[0]
    if level == "country":
        return map_, level, None, None
    if level == "province":
        return map_, level, code, None
    if level == "district":
        return map_, level, None, code
    return map_, level, None, None


def unit_figures(wh: ReadOnlyWarehouse, unit_key: str, first_year: int, last_year: int,
                 metrics: list[str] | None = None) -> pd.DataFrame:
    """The unit's figure per year and metric (FIGURE_COLUMNS: the figure, how it was had, the reported and the
    computed one) for a commune, a district, a province or the country (``country_key``): read from the summary
    built at publish time (``build_summary``) when it is there and up to date, else computed from the facts."""
    map_, level, province, district = _scope(unit_key)
    if level in ("district", "province", "country") and summary_ready(wh):
        frame = wh.query(
            f"""
            SELECT {", ".join(FIGURE_COLUMNS)} FROM {SUMMARY}
            WHERE unit_key = $key AND year BETWEEN $y0 AND $y1 AND ($metrics IS NULL OR list_contains($metrics, metric))
            ORDER BY year, metric
            """,
            {"key": unit_key, "y0": first_year, "y1": last_year, "metrics": metrics},
        )
        return frame
    if level in ("commune", "other"):  # its own figures: nothing under it
        frame = wh.query(
            f"""
            SELECT year, metric, value, qualifier, numerator, denominator, 'reported' AS basis,
                   value AS reported_value, CAST(NULL AS DOUBLE) AS computed_value,
                   CAST(NULL AS VARCHAR) AS computed_basis, 0 AS n_reported,
                   source_file, source_sheet, source_row, source_cell, {derived_sql()} AS derived
            FROM core.facts
            WHERE unit_key = $key AND year BETWEEN $y0 AND $y1 AND ($metrics IS NULL OR list_contains($metrics, metric))
            ORDER BY year, metric
            """,
            {"key": unit_key, "y0": first_year, "y1": last_year, "metrics": metrics},
        )
        return frame[FIGURE_COLUMNS]
    table = {"district": "districts", "province": "provinces", "country": "country"}[level]
    frame = wh.query(
        _tree_sql() + f"""
        SELECT t.year, t.metric,
               coalesce(t.reported_value, t.computed_value) AS value,
               CASE WHEN t.reported_value IS NOT NULL THEN t.reported_qualifier ELSE t.computed_qualifier END
                   AS qualifier,
               CASE WHEN t.reported_value IS NOT NULL THEN t.reported_num ELSE t.computed_num END AS numerator,
               CASE WHEN t.reported_value IS NOT NULL THEN t.reported_den ELSE t.computed_den END AS denominator,
               CASE WHEN t.reported_value IS NOT NULL THEN 'reported' ELSE t.computed_basis END AS basis,
               t.reported_value, t.computed_value,
               CASE WHEN t.computed_value IS NOT NULL THEN t.computed_basis END AS computed_basis,
               t.n_reported, s.source_file, s.source_sheet, s.source_row, s.source_cell,
               coalesce(t.reported_value IS NOT NULL AND t.reported_derived, false) AS derived
        FROM {table} t
        LEFT JOIN core.facts s ON s.unit_key = t.unit_key AND s.year = t.year AND s.metric = t.metric
                              AND t.reported_value IS NOT NULL
        WHERE t.unit_key = $key
        ORDER BY t.year, t.metric
        """,
        {**_params(map_, first_year, last_year, province, district, metrics), "key": unit_key},
    )
    return frame[FIGURE_COLUMNS]


def child_figures(wh: ReadOnlyWarehouse, parent_key: str, metric: str, first_year: int,
                  last_year: int) -> pd.DataFrame:
    """One metric for each unit one level under ``parent_key`` whose figures are computed (the provinces of the
    country, the districts of an old-map province), over the years: unit_key, year, value, qualifier,
    numerator, denominator, basis ('reported', 'sum', 'ratio', 'mean') and n_reported."""
    map_, level, province, _ = _scope(parent_key)
    if summary_ready(wh):
        return wh.query(
            f"""
            SELECT unit_key, year, value, qualifier, numerator, denominator, basis, reported_value, computed_value,
                   n_reported, derived
            FROM {SUMMARY}
            WHERE parent_key = $parent AND metric = $metric AND year BETWEEN $y0 AND $y1
            ORDER BY year, unit_key
            """,
            {"parent": parent_key, "metric": metric, "y0": first_year, "y1": last_year},
        )
    table = {"country": "provinces", "province": "districts"}[level]
    return wh.query(
        _tree_sql() + f"""
        SELECT unit_key, year,
               coalesce(reported_value, computed_value) AS value,
               CASE WHEN reported_value IS NOT NULL THEN reported_qualifier ELSE computed_qualifier END AS qualifier,
               CASE WHEN reported_value IS NOT NULL THEN reported_num ELSE computed_num END AS numerator,
               CASE WHEN reported_value IS NOT NULL THEN reported_den ELSE computed_den END AS denominator,
               CASE WHEN reported_value IS NOT NULL THEN 'reported' ELSE computed_basis END AS basis,
               reported_value, computed_value, n_reported,
               coalesce(reported_value IS NOT NULL AND reported_derived, false) AS derived
        FROM {table}
        ORDER BY year, unit_key
        """,
        _params(map_, first_year, last_year, province, None, [metric]),
    )


def province_figures(wh: ReadOnlyWarehouse, map_: str, year: int, provinces: list[str] | None = None) -> pd.DataFrame:
    """Every metric of the provinces of a map in a year (``provinces``: only these codes): province_code,
    metric, value, qualifier, numerator, denominator, basis (their own figure, else computed from their units)."""
    if summary_ready(wh):
        return wh.query(
            f"""
            SELECT split_part(unit_key, ':', 3) AS province_code, metric, value, qualifier, numerator, denominator,
                   basis
            FROM {SUMMARY}
            WHERE map = $map AND level = 'province' AND year = $year
              AND ($keys IS NULL OR list_contains($keys, unit_key))
            ORDER BY province_code, metric
            """,
            {"map": map_, "year": year,
             "keys": None if provinces is None else [f"{map_}:province:{p}" for p in provinces]},
        )
    return wh.query(
        _tree_sql() + """
        SELECT split_part(unit_key, ':', 3) AS province_code, metric,
               coalesce(reported_value, computed_value) AS value,
               CASE WHEN reported_value IS NOT NULL THEN reported_qualifier ELSE computed_qualifier END AS qualifier,
               CASE WHEN reported_value IS NOT NULL THEN reported_num ELSE computed_num END AS numerator,
               CASE WHEN reported_value IS NOT NULL THEN reported_den ELSE computed_den END AS denominator,
               CASE WHEN reported_value IS NOT NULL THEN 'reported' ELSE computed_basis END AS basis
        FROM provinces
        WHERE $provinces IS NULL OR list_contains($provinces, split_part(unit_key, ':', 3))
        ORDER BY province_code, metric
        """,
        {**_params(map_, year, year, None, None, None), "provinces": provinces},
    )


def provinces_combined(wh: ReadOnlyWarehouse, map_: str, year: int, wanted: dict[str, list[str]]) -> pd.DataFrame:
    """Each metric of ``wanted`` over the provinces given for it (metric: province codes of ``map_``) in ``year``,
    combined by the rule of every level (``_computed``: counts summed; rates the ratio of the sums where every one
    gave its counts, else the mean of their rates; their qualifiers combined): metric, value, qualifier,
    numerator, denominator, basis ('sum', 'ratio', 'mean'), n_reported. A province that did not give the metric
    is not there to count (missing is not zero: the caller asks only for complete sets); a metric none of them
    gave has no row."""
    columns = ["metric", "value", "qualifier", "numerator", "denominator", "basis", "n_reported"]
    keys = [f"{m}|{p}" for m, codes in wanted.items() for p in codes]
    if not keys:
        return wh.query("SELECT " + ", ".join(f"NULL AS {c}" for c in columns) + " WHERE false")
    if summary_ready(wh):
        params: dict[str, object] = {"map": map_, "year": year, "keys": keys}
        provinces = f"""
        WITH p AS (
            SELECT split_part(unit_key, ':', 3) AS province_code, year, metric, value, qualifier, numerator,
                   denominator
            FROM {SUMMARY} WHERE map = $map AND level = 'province' AND year = $year
        ), k AS (SELECT code AS metric, kind FROM core.metrics),"""
    else:
        params = {**_params(map_, year, year, None, None, sorted(wanted)), "keys": keys}
        provinces = _tree_sql() + """,
        p AS (SELECT province_code, year, metric, value, qualifier, numerator, denominator FROM provinces_fig),"""
    return wh.query(provinces + f"""
        children AS (
            SELECT 'all' AS parent, province_code, year, metric, value, qualifier, numerator, denominator
            FROM p WHERE list_contains($keys, metric || '|' || province_code)
        ),
        {_computed("children", "up")}
        SELECT metric,
               CASE WHEN kind = 'count' THEN total WHEN has_ratio THEN 100.0 * num / den ELSE mean END AS value,
               combined_qualifier AS qualifier,
               CASE WHEN kind <> 'count' AND has_ratio THEN num END AS numerator,
               CASE WHEN kind <> 'count' AND has_ratio THEN den END AS denominator,
               CASE WHEN kind = 'count' THEN 'sum' WHEN has_ratio THEN 'ratio' ELSE 'mean' END AS basis,
               n_reported
        FROM up ORDER BY metric
        """, params)[columns]


def current_province_figures(wh: ReadOnlyWarehouse, metric: str, first_year: int, last_year: int) -> pd.DataFrame:
    """One metric for each of today's provinces over the years: from 2025 its own figure (reported, or computed
    from its communes); before, the figure of the former provinces that make it up — each went whole into one of
    today's (core.crosswalk) — computed from theirs by the rule of every level, when every one of them gave it
    (one missing: no value, ``n_reported`` < ``n_expected``; missing is not zero). unit_key, year, value,
    qualifier, numerator, denominator, basis, n_reported, n_expected."""
    columns = ["unit_key", "year", "value", "qualifier", "numerator", "denominator", "basis", "n_reported",
               "n_expected", "derived"]
    parts = []
    if first_year < NEW_MAP_FROM:
        old_params: dict[str, object] = _params("old", first_year, min(last_year, NEW_MAP_FROM - 1), None, None,
                                                [metric])
        if summary_ready(wh):
            old_params = {k: old_params[k] for k in ("y0", "y1", "metrics")}
            old = f"""
            WITH old_p AS (
                SELECT split_part(unit_key, ':', 3) AS province_code, year, metric, value, qualifier, numerator,
                       denominator
                FROM {SUMMARY}
                WHERE map = 'old' AND level = 'province' AND metric = $metrics[1] AND year BETWEEN $y0 AND $y1
            ), k AS (SELECT code AS metric, kind FROM core.metrics),"""
        else:
            old = _tree_sql() + """,
            old_p AS (SELECT province_code, year, metric, value, qualifier, numerator, denominator FROM provinces_fig),"""
        parts.append(wh.query(old + f"""
            links AS (SELECT DISTINCT old_province_code, new_province_code FROM core.crosswalk
                      WHERE old_province_code IS NOT NULL),
            expected AS (SELECT new_province_code, count(*) AS n FROM links GROUP BY ALL),
            children AS (
                SELECT l.new_province_code AS parent, l.new_province_code AS province_code, o.year, o.metric,
                       o.value, o.qualifier, o.numerator, o.denominator
                FROM old_p o JOIN links l ON l.old_province_code = o.province_code
            ),
            {_computed("children", "up")}
            SELECT 'new:province:' || u.unit_key AS unit_key, u.year,
                   CASE WHEN u.n_reported < e.n THEN NULL WHEN u.kind = 'count' THEN u.total
                        WHEN u.has_ratio THEN 100.0 * u.num / u.den ELSE u.mean END AS value,
                   CASE WHEN u.n_reported = e.n THEN u.combined_qualifier END AS qualifier,
                   CASE WHEN u.n_reported = e.n AND u.kind <> 'count' AND u.has_ratio THEN u.num END AS numerator,
                   CASE WHEN u.n_reported = e.n AND u.kind <> 'count' AND u.has_ratio THEN u.den END AS denominator,
                   CASE WHEN u.n_reported < e.n THEN 'missing' WHEN u.kind = 'count' THEN 'sum'
                        WHEN u.has_ratio THEN 'ratio' ELSE 'mean' END AS basis,
                   u.n_reported, e.n AS n_expected, false AS derived
            FROM up u JOIN expected e ON e.new_province_code = u.unit_key
            ORDER BY u.year, unit_key
            """, old_params))
    if last_year >= NEW_MAP_FROM:
        new = child_figures(wh, country_key("new"), metric, max(first_year, NEW_MAP_FROM), last_year)
        parts.append(new.assign(n_expected=None)[columns])
    parts = [p for p in parts if not p.empty]
    if not parts:
        return wh.query("SELECT " + ", ".join(f"NULL AS {c}" for c in columns) + " WHERE false")
    import pandas as pd  # noqa: F811  (the loader imports this module without pandas)

    return pd.concat(parts, ignore_index=True)[columns]


# -- the summary built at publish time ---------------------------------------------------------------------
# Every district's, province's and the country's figure per year and metric (about 110,000 rows for ten years of
# the whole country), so that a page reads a unit's figures, or the provinces of the country, as a few rows.
# Built by the writer (``build_summary(con)`` inside ``warehouse.db.publish``); the dashboard opens the file
# read-only and uses it only when its stamp matches the facts (a warehouse published without it, or by an older
# version, is read by the live SQL above: slower, the same figures).

SUMMARY = "core.level_figures"
_STAMP_KEY = "level_figures_stamp"
_READY: dict[tuple[str, ...], bool] = {}


CURRENT_MAP = "core.current_map_figures"  # facts_on_current_map, materialised (the view moves every old fact)
UNIT_OPTIONS = "core.unit_options_by_year"  # queries.unit_options of every year, materialised
# What the summary holds; a summary stamped by a version that built fewer tables is not used (and rebuilt whole
# by the next load).
SUMMARY_VERSION = 4

# The version of a unit for a year: the one valid that year, else the latest one.
VERSION_FOR_YEAR = """
    QUALIFY row_number() OVER (
        PARTITION BY unit_key
        ORDER BY (coalesce(first_year, 0) <= $year AND coalesce(last_year, 9999) >= $year) DESC,
                 coalesce(first_year, 0) DESC) = 1
"""

# Provinces, districts and communes that have figures in $year (a commune's figures make its district and
# province selectable too), with their names of that year.
UNIT_OPTIONS_SQL = f"""
    WITH f AS (
        SELECT DISTINCT map, unit_level, unit_code, province_code, district_code
        FROM core.facts WHERE year = $year
    ),
    wanted AS (
        SELECT map || ':province:' || province_code AS unit_key FROM f WHERE province_code IS NOT NULL
        UNION SELECT 'old:district:' || district_code FROM f WHERE map = 'old' AND district_code IS NOT NULL
        UNION SELECT map || ':commune:' || unit_code FROM f WHERE unit_level = 'commune'
    )
    SELECT v.unit_key, v.map, v.level, v.code, v.name, v.province_code, v.district_code
    FROM core.unit_versions v JOIN wanted USING (unit_key)
    {VERSION_FOR_YEAR}
"""


def unit_options_source(wh: ReadOnlyWarehouse) -> str:
    """Where the unit lists of a year are read from: the table built at publish when it is up to date, else
    the query over the facts (a constant, never from input)."""
    return (f"(SELECT * EXCLUDE (year) FROM {UNIT_OPTIONS} WHERE year = $year)" if summary_ready(wh) else
            f"({UNIT_OPTIONS_SQL})")


def _stamp_sql() -> str:
    """What the summaries are computed from: the facts (a load or an undo changes their count or load ids), the
    catalog's kinds and the reference lists (units, crosswalk); and the version of the summary's tables."""
    return (f"SELECT 'v{SUMMARY_VERSION}:' || count(*) || ':' || coalesce(sum(load_id), 0) || ':' || "
            "(SELECT count(*) FROM core.metrics) "
            "|| ':' || (SELECT count(*) FROM core.unit_versions) || ':' || (SELECT count(*) FROM core.crosswalk) "
            "AS stamp FROM core.facts")


def current_map_source(wh: ReadOnlyWarehouse) -> str:
    """Where today's map's figures are read from: the table built at publish time when it is up to date, else
    the view (one of two constant names, never from input)."""
    return CURRENT_MAP if summary_ready(wh) else "facts_on_current_map"


def current_map_bounds(wh: ReadOnlyWarehouse, alias: str = "") -> str:
    """The qualifier and ``derived`` columns of today's map's figures: blank in a warehouse whose view was made by
    a version before them (its next load makes the view again)."""
    key = (str(getattr(wh, "path", id(wh))), wh.version(), "current_map_bounds")
    if key not in _READY:
        columns = set(wh.query(f"SELECT * FROM {current_map_source(wh)} LIMIT 0").columns)
        _READY[key] = {"qualifier", "derived"} <= columns
    if _READY[key]:
        return f"{alias}qualifier, {alias}derived"
    return "CAST(NULL AS VARCHAR) AS qualifier, false AS derived"


def summary_ready(wh: ReadOnlyWarehouse) -> bool:
    """The summary is in the warehouse and was built from the facts it holds (checked once a published version)."""
    key = (str(getattr(wh, "path", id(wh))), wh.version())
    if key not in _READY:
        found = wh.query(f"SELECT value FROM core.meta WHERE key = '{_STAMP_KEY}'")
        _READY[key] = not found.empty and str(found["value"].iloc[0]) == str(wh.query(_stamp_sql())["stamp"].iloc[0])
    return _READY[key]


_SUMMARY_COLUMNS = """
    unit_key VARCHAR NOT NULL, parent_key VARCHAR, map VARCHAR NOT NULL, level VARCHAR NOT NULL,
    year INTEGER NOT NULL, metric VARCHAR NOT NULL, value DOUBLE, qualifier VARCHAR, numerator DOUBLE,
    denominator DOUBLE, basis VARCHAR, reported_value DOUBLE, computed_value DOUBLE, computed_basis VARCHAR,
    n_reported INTEGER, source_file VARCHAR, source_sheet VARCHAR, source_row INTEGER, source_cell VARCHAR,
    derived BOOLEAN
"""


def summary_is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """On the writer's connection: was the summary built from the facts the warehouse holds now? (Then a load
    need rebuild only the years it touches; else every year is built again.)"""
    try:
        row = con.execute("SELECT value FROM core.meta WHERE key = ?", [_STAMP_KEY]).fetchone()
    except duckdb.CatalogException:
        return False
    return row is not None and str(row[0]) == str(con.execute(_stamp_sql()).fetchone()[0])  # type: ignore[index]


def refresh_summary(con: duckdb.DuckDBPyConnection, years: set[int], was_current: bool) -> None:
    """After a write that touched the facts of ``years``: those years again when the summary was current
    before it, else every year."""
    if was_current and not years:
        return
    build_summary(con, sorted(years) if was_current else None)


def build_summary(con: duckdb.DuckDBPyConnection, years: list[int] | None = None) -> int:
    """(Re)build the summary for ``years`` (every year with facts by default; a year's figures depend only on
    that year's facts, so a load may rebuild only the years it touched) and stamp it. Returns the rows written.
    To be called by the writer before the warehouse is published (``warehouse.db.publish``)."""
    con.execute("SET enable_progress_bar = false")
    all_years = years is None
    if years is None:  # made again: a summary of an older version may lack columns
        con.execute(f"DROP TABLE IF EXISTS {SUMMARY}")
        con.execute(f"DROP TABLE IF EXISTS {CURRENT_MAP}")
    con.execute(f"CREATE TABLE IF NOT EXISTS {SUMMARY} ({_SUMMARY_COLUMNS})")
    if years is None:
        years = [int(y) for (y,) in con.execute("SELECT DISTINCT year FROM core.facts ORDER BY 1").fetchall()]
    written = 0
    for year in years:
        con.execute(f"DELETE FROM {SUMMARY} WHERE year = ?", [year])
        for map_ in ("old", "new"):
            params = _params(map_, year, year, None, None, None)
            rows = con.execute(
                _tree_sql() + f"""
                , every AS (
                    SELECT *, 'old:province:' || province_code AS parent_key, 'district' AS level FROM districts
                    UNION ALL SELECT *, $map || ':country:{COUNTRY}', 'province' FROM provinces
                    UNION ALL SELECT *, NULL, 'country' FROM country
                )
                INSERT INTO {SUMMARY}
                SELECT t.unit_key, t.parent_key, $map, t.level, t.year, t.metric,
                       coalesce(t.reported_value, t.computed_value),
                       CASE WHEN t.reported_value IS NOT NULL THEN t.reported_qualifier ELSE t.computed_qualifier END,
                       CASE WHEN t.reported_value IS NOT NULL THEN t.reported_num ELSE t.computed_num END,
                       CASE WHEN t.reported_value IS NOT NULL THEN t.reported_den ELSE t.computed_den END,
                       CASE WHEN t.reported_value IS NOT NULL THEN 'reported' ELSE t.computed_basis END,
                       t.reported_value, t.computed_value,
                       CASE WHEN t.computed_value IS NOT NULL THEN t.computed_basis END,
                       t.n_reported, s.source_file, s.source_sheet, s.source_row, s.source_cell,
                       coalesce(t.reported_value IS NOT NULL AND t.reported_derived, false)
                FROM every t
                LEFT JOIN (SELECT unit_key, year, metric, source_file, source_sheet, source_row, source_cell
                           FROM core.facts WHERE map = $map AND year BETWEEN $y0 AND $y1
                             AND unit_level IN ('district', 'province')) s  -- the reported ones: few
                       ON s.unit_key = t.unit_key AND s.year = t.year AND s.metric = t.metric
                ORDER BY t.parent_key, t.metric, t.year, t.unit_key
                """,
                params,
            ).fetchone()
            written += int(rows[0]) if rows else 0
    con.execute(f"CREATE TABLE IF NOT EXISTS {CURRENT_MAP} AS SELECT * FROM facts_on_current_map WITH NO DATA")
    for year in years:  # a year's figures on today's map depend only on that year's facts
        con.execute(f"DELETE FROM {CURRENT_MAP} WHERE year = ?", [year])
        con.execute(f"INSERT INTO {CURRENT_MAP} SELECT * FROM facts_on_current_map WHERE year = ? "
                    "ORDER BY metric, unit_code", [year])
    con.execute(f"CREATE TABLE IF NOT EXISTS {UNIT_OPTIONS} AS SELECT $year AS year, * FROM ({UNIT_OPTIONS_SQL}) "
                "WITH NO DATA", {"year": 0})
    if all_years:
        con.execute(f"DELETE FROM {UNIT_OPTIONS}")
    for year in years:
        con.execute(f"DELETE FROM {UNIT_OPTIONS} WHERE year = ?", [year])
        con.execute(f"INSERT INTO {UNIT_OPTIONS} SELECT $year, * FROM ({UNIT_OPTIONS_SQL}) ORDER BY level, name",
                    {"year": year})
    stamp = con.execute(_stamp_sql()).fetchone()[0]
    con.execute("INSERT OR REPLACE INTO core.meta VALUES (?, ?)", [_STAMP_KEY, stamp])
    return written
