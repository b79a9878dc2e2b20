"""Every query the pages run: named, parameterised, returning DataFrames. Pages never build SQL."""

from __future__ import annotations

import pandas as pd

from warehouse import levels
from warehouse.db import MODEL_APPRAISAL_COLUMNS, ReadOnlyWarehouse

_VERSION_FOR_YEAR = levels.VERSION_FOR_YEAR  # the version of a unit for a year


def meta(wh: ReadOnlyWarehouse) -> dict[str, str]:
    frame = wh.query("SELECT key, value FROM core.meta")
    return dict(zip(frame["key"], frame["value"]))


def last_load(wh: ReadOnlyWarehouse) -> pd.DataFrame:
    """When data last changed: the newest load and how many files are loaded."""
    return wh.query(
        """
        SELECT max(loaded_at) AS last_loaded_at,
               count(*) FILTER (WHERE status IN ('loaded', 'loaded_with_rejects')) AS files_loaded,
               max(load_id) AS last_load_id
        FROM core.loads
        """
    )


def years(wh: ReadOnlyWarehouse) -> list[int]:
    frame = wh.query("SELECT DISTINCT year FROM core.facts ORDER BY year")
    return [int(y) for y in frame["year"]]


def metrics(wh: ReadOnlyWarehouse) -> pd.DataFrame:
    return wh.query(
        """
        SELECT m.code, m.sort, m.family, m.kind, m.label_vi, m.label_en, m.short_vi, m.short_en, m.target,
               m.higher_is_better, f.label_vi AS family_vi, f.label_en AS family_en, f.color, f.sort AS family_sort
        FROM core.metrics m JOIN core.families f ON f.code = m.family
        ORDER BY f.sort, m.sort
        """
    )


PROVINCES = "provinces"  # unit_options' scope: the provinces only


def unit_options(wh: ReadOnlyWarehouse, year: int, scope: str | None = None) -> pd.DataFrame:
    """Provinces, districts and communes that have figures in ``year`` (a commune's figures make its
    district and province selectable too), with their names of that year (``levels.UNIT_OPTIONS_SQL``; read from
    the table built at publish when it is current). ``scope``: every unit (None: 12,000 rows a year for the
    country), the provinces only (``PROVINCES``), or one province's code: that province and its units, of
    either map (the filters' lists once a province is chosen)."""
    return wh.query(
        f"""SELECT * FROM {levels.unit_options_source(wh)}
            WHERE $scope IS NULL OR ($scope = '{PROVINCES}' AND level = 'province')
               OR (level = 'province' AND code = $scope) OR (level <> 'province' AND province_code = $scope)
            ORDER BY level, name, unit_key""",
        {"year": year, "scope": scope})


def unit_options_in(units: pd.DataFrame, scope: str) -> pd.DataFrame:
    """The rows of a year's whole ``unit_options`` that ``scope`` asks for: the same rule as the query's."""
    province = units["level"] == "province"
    if scope == PROVINCES:
        return units[province].reset_index(drop=True)
    return units[(province & (units["code"] == scope)) | (~province & (units["province_code"] == scope))
                 ].reset_index(drop=True)


def unit_totals(wh: ReadOnlyWarehouse, unit_key: str, year: int, wanted: tuple[str, ...]) -> pd.DataFrame:
    """The unit's figures of one year for a few metrics only (the registers' pages set the register beside the
    reported total): ``figures`` of that year for those metrics (``levels.unit_figures``: the rule of every level,
    in SQL, read from the summary built at publish when it is current)."""
    return levels.unit_figures(wh, unit_key, year, year, list(wanted))


def reported_totals(wh: ReadOnlyWarehouse, unit_key: str, year: int, wanted: tuple[str, ...]) -> pd.DataFrame:
    """The unit's figure of ``year`` for each of ``wanted`` (metric, value, basis), as ``figures`` gives
    it: its own reported values when it reported every one of them (one small query: a reported figure is the
    figure), else ``unit_totals``."""
    own = wh.query(
        "SELECT metric, value FROM core.facts WHERE unit_key = $key AND year = $year "
        "AND list_contains($wanted, metric) AND value IS NOT NULL ORDER BY metric",
        {"key": unit_key, "year": year, "wanted": list(wanted)},
    )
    if set(own["metric"]) == set(wanted):
        return own.assign(basis="reported")
    return unit_totals(wh, unit_key, year, wanted)[["metric", "value", "basis"]]


def coverage_counts(wh: ReadOnlyWarehouse, unit_key: str, year: int) -> tuple[int, int, str]:
    """(units that reported, units expected, 'commune' | 'district') for "n/N reported" under a unit: the
    communes of a district or of a new-map province, the districts of an old-map province."""
    map_, level, code = unit_key.split(":", 2)
    if level == "province" and map_ == "old":
        frame = wh.query(
            """
            SELECT (SELECT count(DISTINCT district_code) FROM core.facts
                    WHERE map = 'old' AND year = $year AND province_code = $code AND district_code IS NOT NULL) AS n,
                   (SELECT count(DISTINCT unit_key) FROM core.unit_versions
                    WHERE map = 'old' AND level = 'district' AND province_code = $code
                      AND coalesce(first_year, 0) <= $year AND coalesce(last_year, 9999) >= $year) AS total
            """,
            {"year": year, "code": code},
        )
        return int(frame["n"].iloc[0]), int(frame["total"].iloc[0]), "district"
    where, params = _scope_where(unit_key)
    # The communes that reported, and those expected (the denominator): the certain ones, and the uncertain ones
    # (see ``communes_of``) that reported; in one statement.
    frame = wh.query(
        f"""
        WITH v AS (
            SELECT unit_key, first_year, last_year, NOT {_UNCERTAIN} AS certain FROM core.unit_versions
            WHERE map = $map AND level = 'commune'
              AND (($level = 'district' AND district_code = $code) OR ($level = 'province' AND province_code = $code))
        ),
        c AS (
            SELECT unit_key, bool_and(certain) AS certain FROM v
            WHERE coalesce(first_year, 0) <= $year AND coalesce(last_year, 9999) >= $year GROUP BY unit_key
        ),
        expected AS (
            SELECT unit_key FROM c
            WHERE certain OR unit_key IN (SELECT unit_key FROM core.facts WHERE year = $year)
        )
        SELECT (SELECT count(DISTINCT unit_key) FROM core.facts WHERE {where} AND year = $year
                AND unit_level = 'commune') AS n, (SELECT count(*) FROM expected) AS total
        """,
        {**params, "year": year},
    )
    return int(frame["n"].iloc[0]), int(frame["total"].iloc[0]), "commune"


def _scope_where(unit_key: str) -> tuple[str, dict[str, object]]:
    """SQL condition (on core.facts-like columns) for "under this unit", with its parameters."""
    map_, level, code = unit_key.split(":", 2)
    return (
        "map = $map AND (($level = 'district' AND district_code = $code) "
        "OR ($level = 'province' AND province_code = $code) OR ($level = 'commune' AND unit_key = $key))",
        {"map": map_, "level": level, "code": code, "key": unit_key},
    )


# The reference lists do not date the mergers of 2021–2024: a commune that disappeared then is accepted in
# those years, but it is only *expected* to report where it did.
_UNCERTAIN = "(max(last_year) OVER (PARTITION BY unit_key) = 2024 AND $year BETWEEN 2022 AND 2024)"


def communes_of(wh: ReadOnlyWarehouse, parent_key: str, year: int) -> pd.DataFrame:
    """The official communes of a district (or, on the new map, of a province) in ``year``; ``uncertain``
    marks those merged away at an unknown date between 2021 and 2025."""
    map_, level, code = parent_key.split(":", 2)
    return wh.query(
        f"""
        SELECT unit_key, code, name, {_UNCERTAIN} AS uncertain
        FROM core.unit_versions
        WHERE map = $map AND level = 'commune'
          AND (($level = 'district' AND district_code = $code) OR ($level = 'province' AND province_code = $code))
        {_VERSION_FOR_YEAR.replace('QUALIFY', 'QUALIFY (coalesce(first_year, 0) <= $year AND coalesce(last_year, 9999) >= $year) AND')}
        ORDER BY name
        """,
        {"map": map_, "level": level, "code": code, "year": year},
    )


def reporting_status(wh: ReadOnlyWarehouse, parent_key: str, year: int) -> pd.DataFrame:
    """Who has reported for ``year`` under ``parent_key``: the communes of a district (old map) or of a province
    (new map), the districts of an old-map province. Units that did not exist that year are not expected, nor
    those merged away at an unknown date in 2021–2024 unless they reported. Per unit: its code and name, how
    many metrics it gave that year (0: not reported), and the last earlier year it gave any, with the file."""
    map_, level, code = parent_key.split(":", 2)
    child = "district" if level == "province" and map_ == "old" else "commune"
    parent_column = "province_code" if level == "province" else "district_code"
    # A district has reported when any figure of it came: its own or its communes' (a report may list the
    # communes without a district total), as "n/N reported" and the coverage count it; a commune, its own.
    of = ("'old:district:' || district_code" if child == "district" else "unit_key")
    scope = ("map = 'old' AND province_code = $code AND district_code IS NOT NULL" if child == "district" else
             "unit_key IN (SELECT unit_key FROM expected)")  # a semi-join, not a pass over every unit
    return wh.query(
        f"""
        WITH expected AS (
            SELECT unit_key, code, name, {_UNCERTAIN} AS uncertain
            FROM core.unit_versions
            WHERE map = $map AND level = $child AND {parent_column} = $code AND origin = 'reference'
            {_VERSION_FOR_YEAR.replace('QUALIFY', 'QUALIFY (coalesce(first_year, 0) <= $year AND coalesce(last_year, 9999) >= $year) AND')}
        ),
        this_year AS (
            SELECT {of} AS unit_key, count(DISTINCT metric) AS metrics FROM core.facts
            WHERE year = $year AND {scope} GROUP BY 1
        ),
        earlier AS (
            SELECT {of} AS unit_key, year AS last_year, source_file AS last_file FROM core.facts
            WHERE year < $year AND {scope}
            QUALIFY row_number() OVER (PARTITION BY {of} ORDER BY year DESC, load_id DESC) = 1
        )
        SELECT e.unit_key, e.code, e.name, coalesce(t.metrics, 0) AS metrics, l.last_year, l.last_file
        FROM expected e LEFT JOIN this_year t USING (unit_key) LEFT JOIN earlier l USING (unit_key)
        WHERE NOT e.uncertain OR t.metrics IS NOT NULL
        ORDER BY t.metrics IS NOT NULL, e.name
        """,
        {"map": map_, "child": child, "code": code, "year": year},
    )


def commune_facts(wh: ReadOnlyWarehouse, parent_key: str, metric: str, first_year: int, last_year: int) -> pd.DataFrame:
    """One metric for every commune under a district (or new-map province), over a range of years."""
    where, params = _scope_where(parent_key)
    return wh.query(
        f"""
        SELECT unit_key, unit_code, unit_name, year, value, qualifier, numerator, denominator,
               source_file, source_sheet, source_row, source_cell, {levels.derived_sql()} AS derived
        FROM core.facts
        WHERE {where} AND unit_level = 'commune' AND metric = $metric AND year BETWEEN $y0 AND $y1
        ORDER BY year, unit_name
        """,
        {**params, "metric": metric, "y0": first_year, "y1": last_year},
    )


def register_items(wh: ReadOnlyWarehouse, register: str, unit_key: str, first_year: int, last_year: int) -> pd.DataFrame:
    """The models or commendations register under a unit (its communes, agencies and itself)."""
    if register not in ("models", "commendations"):
        raise ValueError(register)
    map_, level, code = unit_key.split(":", 2)
    columns = ("r.name, r.host, r.kind, r.field, r.is_new, r.is_pilot, r.replicated_units, r.replication_base"
               if register == "models" else "r.recipient, r.recipient_kind, r.level, r.is_proposed, r.form")
    if register == "models":
        # the appraisal columns; blank in a warehouse published before them (opened read-only, not migrated)
        present = set(wh.query("SELECT column_name FROM information_schema.columns "
                               "WHERE table_schema = 'core' AND table_name = 'models'")["column_name"])
        columns += "".join(f", r.{c}" if c in present else f", CAST(NULL AS {kind}) AS {c}"
                           for c, kind in MODEL_APPRAISAL_COLUMNS)  # constant names and types
    return wh.query(
        f"""
        SELECT r.year, r.map, r.unit_key, r.unit_code, r.unit_level, r.province, r.district, r.commune, {columns},
               r.source_file, r.source_sheet, r.source_row
        FROM core.{register} r
        LEFT JOIN core.unit_versions s ON s.unit_key = r.scope_key
        WHERE r.map = $map AND r.year BETWEEN $y0 AND $y1
          AND (($level = 'province' AND coalesce(s.province_code, s.code) = $code AND s.level <> 'other')
               OR ($level = 'province' AND s.level = 'province' AND s.code = $code)
               OR ($level = 'district' AND ((s.level = 'district' AND s.code = $code) OR s.district_code = $code))
               OR ($level = 'commune' AND r.unit_key = $key))
        ORDER BY r.year DESC, r.source_file, r.source_row
        """,
        {"map": map_, "level": level, "code": code, "key": unit_key, "y0": first_year, "y1": last_year},
    )


LEDGER_COLUMNS = ("cells_fact", "cells_rejected", "cells_label", "cells_ignored")


def loads_log(wh: ReadOnlyWarehouse) -> pd.DataFrame:
    """Every load, newest first, with its cell ledger (blank in a warehouse published before the ledger
    existed: the dashboard opens it read-only, and the next load brings its schema up to date)."""
    frame = wh.query("SELECT * FROM core.loads ORDER BY load_id DESC")
    for column in LEDGER_COLUMNS:
        if column not in frame.columns:
            frame[column] = pd.Series([pd.NA] * len(frame), dtype="Int64")
    return frame[["load_id", "loaded_at", "file_name", "status", "rows_loaded", "rows_rejected", "layout", "year",
                  "unit_name", "map", "message", *LEDGER_COLUMNS]]


REJECTS_SHOWN = 2000  # rows of the rejects table a page shows at once (exports too); the counts are exact


def rejects_files(wh: ReadOnlyWarehouse) -> pd.DataFrame:
    """Files with rejects, newest first, with how many were recorded."""
    return wh.query(
        """
        SELECT source_file, count(*) AS n FROM core.rejects GROUP BY source_file ORDER BY max(load_id) DESC
        """
    )


def rejects_list(wh: ReadOnlyWarehouse, source_file: str | None = None, limit: int = REJECTS_SHOWN) -> pd.DataFrame:
    """The rejects of one file (or of all), newest load first, at most ``limit`` rows: a page stays fast and
    small whatever one bad file held."""
    return wh.query(
        """
        SELECT r.load_id, l.loaded_at, r.source_file, r.source_sheet, r.source_row, r.source_cell, r.value,
               r.reason_code, r.reason, r.reason_en
        FROM core.rejects r JOIN core.loads l USING (load_id)
        WHERE $file IS NULL OR r.source_file = $file
        ORDER BY r.load_id DESC, r.source_sheet, r.source_row, r.source_cell
        LIMIT $limit
        """,
        {"file": source_file, "limit": limit},
    )


def coverage(wh: ReadOnlyWarehouse, parent_key: str, first_year: int, last_year: int) -> pd.DataFrame:
    """How many metrics each unit under ``parent_key`` reported per year (units with no figure included). Under
    an old-map province, a row a district (the metrics its report gave: its own figures or its communes', its
    agencies') beside the province's own units: a province's hundreds of communes in one chart were a page
    fifteen thousand pixels tall, and communes of one name in two districts fell into one row."""
    map_, level, code = parent_key.split(":", 2)
    if map_ == "old" and level == "province":
        return wh.query(
            """
            WITH f AS (
                SELECT year, unit_key, unit_name, unit_level, district_code, metric FROM core.facts
                WHERE map = 'old' AND province_code = $code AND year BETWEEN $y0 AND $y1
            ),
            d AS (
                SELECT unit_key, name FROM core.unit_versions
                WHERE map = 'old' AND level = 'district' AND province_code = $code
                QUALIFY row_number() OVER (PARTITION BY unit_key ORDER BY coalesce(first_year, 0) DESC) = 1
            )
            SELECT f.year, 'old:district:' || f.district_code AS unit_key,
                   coalesce(d.name, f.district_code) AS unit_name, 'district' AS unit_level,
                   count(DISTINCT f.metric) AS metrics
            FROM f LEFT JOIN d ON d.unit_key = 'old:district:' || f.district_code
            WHERE f.district_code IS NOT NULL GROUP BY ALL
            UNION ALL
            SELECT year, unit_key, unit_name, unit_level, count(DISTINCT metric) FROM f
            WHERE district_code IS NULL GROUP BY ALL
            ORDER BY unit_level, unit_name, year
            """,
            {"code": code, "y0": first_year, "y1": last_year},
        )
    where, params = _scope_where(parent_key)
    return wh.query(
        f"""
        SELECT year, unit_key, unit_name, unit_level, count(DISTINCT metric) AS metrics
        FROM core.facts WHERE {where} AND year BETWEEN $y0 AND $y1
        GROUP BY ALL ORDER BY unit_level, unit_name, year
        """,
        {**params, "y0": first_year, "y1": last_year},
    )


def fact_history(wh: ReadOnlyWarehouse, parent_key: str) -> pd.DataFrame:
    """Values under a unit that a later file replaced, with the value that replaced them."""
    where, params = _scope_where(parent_key)
    return wh.query(
        f"""
        SELECT h.year, h.unit_name, h.metric, h.value, h.qualifier, h.source_file, h.source_cell, h.load_id,
               h.superseded_by, f.value AS current_value, f.source_file AS current_file
        FROM (SELECT * FROM core.fact_history WHERE {where}) h
        LEFT JOIN core.facts f USING (unit_key, year, metric)
        ORDER BY h.superseded_by DESC
        """,
        params,
    )


def fact_count(wh: ReadOnlyWarehouse) -> int:
    return int(wh.query("SELECT count(*) AS n FROM core.facts")["n"].iloc[0])


# -- today's map (facts_on_current_map) ------------------------------------------------------------------

def current_map_years(wh: ReadOnlyWarehouse) -> list[int]:
    frame = wh.query(f"SELECT DISTINCT year FROM {levels.current_map_source(wh)} ORDER BY year")
    return [int(y) for y in frame["year"]]


def current_map_units(wh: ReadOnlyWarehouse) -> pd.DataFrame:
    """Today's provinces and communes that have figures on today's map, with the former districts their
    communes came from (the "huyện cũ" grouping): one row per (commune, former district)."""
    return wh.query(
        f"""
        WITH has AS (SELECT DISTINCT unit_code FROM {levels.current_map_source(wh)})
        SELECT DISTINCT c.new_province_code AS province_code, c.new_province_name AS province,
               c.new_commune_code AS code, c.new_commune_name AS name,
               c.old_district_code, c.old_district_name, c.old_province_name
        FROM core.crosswalk c JOIN has ON has.unit_code = c.new_commune_code
        ORDER BY province, name, code, old_district_code, old_district_name, old_province_name  -- a total order
        """
    )


def current_map_facts(wh: ReadOnlyWarehouse, province_code: str, metric: str, first_year: int,
                      last_year: int) -> pd.DataFrame:
    """One metric for today's communes of a province, over the years, moved from the old map where needed;
    ``sources`` names the old communes used."""
    return wh.query(
        f"""
        WITH f AS (
            SELECT * FROM {levels.current_map_source(wh)}
            WHERE metric = $metric AND year BETWEEN $y0 AND $y1
              AND unit_code IN (SELECT code FROM core.unit_versions WHERE map = 'new' AND level = 'commune'
                                AND province_code = $province)
        ),
        names AS (
            SELECT f.year, f.unit_code, string_agg(DISTINCT coalesce(c.old_commune_name, s.code), ', '
                                                   ORDER BY coalesce(c.old_commune_name, s.code)) AS sources
            FROM f, unnest(f.source_units) AS s(code)
            LEFT JOIN (SELECT DISTINCT old_commune_code, old_commune_name FROM core.crosswalk) c
                   ON c.old_commune_code = s.code
            GROUP BY ALL
        )
        SELECT f.year, f.unit_code, f.commune, f.value, f.numerator, f.denominator, f.is_approximate,
               {levels.current_map_bounds(wh, "f.")},
               CASE WHEN f.source_units = [f.unit_code] THEN NULL ELSE n.sources END AS sources
        FROM f LEFT JOIN names n USING (year, unit_code)
        ORDER BY f.year, f.commune, f.unit_code
        """,
        {"metric": metric, "y0": first_year, "y1": last_year, "province": province_code},
    )


def commune_successors(wh: ReadOnlyWarehouse, old_commune_code: str) -> pd.DataFrame:
    """A commune of the old map and today's communes it went into (core.crosswalk; several when it was split,
    none when the crosswalk does not place it): old_name, new_commune_code, new_commune_name, new_province_code,
    merge_class."""
    return wh.query(
        """
        SELECT u.name AS old_name, c.new_commune_code, c.new_commune_name, c.new_province_code, c.merge_class
        FROM (SELECT code, max(name) AS name FROM core.unit_versions
              WHERE map = 'old' AND level = 'commune' AND code = $code GROUP BY code) u
        LEFT JOIN core.crosswalk c ON c.old_commune_code = u.code
        ORDER BY c.new_commune_name, c.new_commune_code
        """,
        {"code": old_commune_code},
    )


def unplaced_old_communes(wh: ReadOnlyWarehouse, province_code: str) -> pd.DataFrame:
    """Old communes with figures that today's map cannot place: merged away before July 2025 into a
    neighbour the lists do not name (Bình Lục's An Mỹ, Mỹ Thọ...), near this province's communes."""
    return wh.query(
        """
        SELECT DISTINCT f.unit_code, f.unit_name, f.district, min(f.year) AS first_year, max(f.year) AS last_year
        FROM core.facts f
        WHERE f.map = 'old' AND f.unit_level = 'commune'
          AND f.unit_code NOT IN (SELECT old_commune_code FROM core.crosswalk WHERE old_commune_code IS NOT NULL)
          AND f.district_code IN (SELECT old_district_code FROM core.crosswalk WHERE new_province_code = $p)
        GROUP BY ALL ORDER BY f.unit_name
        """,
        {"p": province_code},
    )


SEARCH_LIMIT = 500  # crosswalk rows a search returns


def search_index(wh: ReadOnlyWarehouse) -> pd.DataFrame:
    """The crosswalk as the unit search reads it: each row's old and new commune names folded (lower case, no
    accents, đ as d) and the latest year with figures of each, for a link. One pass over the facts per
    published warehouse (the dashboard caches it); each search is then a filter of this frame (``search_in``)."""
    return wh.query(
        """
        WITH last AS (SELECT unit_key, max(year) AS year FROM core.facts WHERE unit_level = 'commune' GROUP BY 1)
        SELECT old_commune_name, old_commune_code, old_district_name, old_province_name,
               new_commune_name, new_commune_code, new_province_name, merge_class, merge_note,
               fold_old, fold_new, old_district_code, old_province_code, new_province_code,
               lo.year AS old_last_year, ln.year AS new_last_year  -- the latest year with figures, for a link
        FROM (SELECT *, strip_accents(lower(replace(replace(coalesce(old_commune_name, ''), 'đ', 'd'), 'Đ', 'd')))
                            AS fold_old,
                     strip_accents(lower(replace(replace(new_commune_name, 'đ', 'd'), 'Đ', 'd'))) AS fold_new
              FROM core.crosswalk) c
        LEFT JOIN last lo ON lo.unit_key = 'old:commune:' || c.old_commune_code
        LEFT JOIN last ln ON ln.unit_key = 'new:commune:' || c.new_commune_code
        ORDER BY new_province_name, new_commune_name, old_commune_name NULLS LAST, old_commune_code NULLS LAST,
                 new_commune_code
        """
    )


def search_in(index: pd.DataFrame, text: str, limit: int = SEARCH_LIMIT) -> pd.DataFrame:
    """Search across eras in ``search_index``: old communes whose name contains ``text`` with the new commune
    they went into, and new communes whose name contains it with the old communes they came from (the crosswalk
    rows, at most ``limit``, ordered by new province, new commune, old commune). ``text`` is folded as the
    names are; "%" and "_" in it match as in SQL's LIKE, as the search always has."""
    import re

    from etl.reference.text import ascii_fold

    folded = ascii_fold(text)
    if "%" in folded or "_" in folded:
        wanted, regex = "(?s)" + "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in folded), True
    else:
        wanted, regex = folded, False
    old = index["fold_old"].str.contains(wanted, regex=regex).fillna(False).astype(bool)
    new = index["fold_new"].str.contains(wanted, regex=regex).fillna(False).astype(bool)
    found = index[old | new].head(limit)
    return found.assign(matched_old=old[found.index], matched_new=new[found.index]).drop(
        columns=["fold_old", "fold_new"]).reset_index(drop=True)


def search_units(wh: ReadOnlyWarehouse, text: str) -> pd.DataFrame:
    """``search_in`` on a fresh ``search_index`` (the page reads the cached index instead)."""
    return search_in(search_index(wh), text)


def landing(wh: ReadOnlyWarehouse, what: str) -> pd.DataFrame:
    """Where a page should open: for each year with data for the page (``what``: 'facts', 'models' or
    'commendations'), each province and (old map) district with how much it holds — the communes that
    reported figures, or the register items. The heaviest of the latest year is the landing."""
    if what == "facts":
        source = """
            SELECT year, map, province_code, district_code, count(DISTINCT unit_key) AS n
            FROM core.facts WHERE province_code IS NOT NULL
            GROUP BY GROUPING SETS ((year, map, province_code), (year, map, province_code, district_code))
        """
    elif what in ("models", "commendations"):
        source = f"""
            SELECT r.year, r.map, coalesce(s.province_code, CASE WHEN s.level = 'province' THEN s.code END)
                       AS province_code,
                   coalesce(s.district_code, CASE WHEN s.level = 'district' THEN s.code END) AS district_code,
                   count(*) AS n
            FROM core.{what} r JOIN core.unit_versions s ON s.unit_key = r.scope_key
            GROUP BY GROUPING SETS ((r.year, r.map, 3), (r.year, r.map, 3, 4))
        """
    else:
        raise ValueError(what)
    frame = wh.query(f"SELECT * FROM ({source}) WHERE province_code IS NOT NULL "
                     "ORDER BY year, n DESC, province_code, district_code NULLS FIRST")
    keys = [f"{m}:province:{p}" if pd.isna(d) else f"{m}:district:{d}"
            for m, p, d in zip(frame["map"], frame["province_code"], frame["district_code"], strict=True)]
    return frame.assign(unit_key=keys).drop_duplicates(["year", "unit_key"]).reset_index(drop=True)


def crosswalk_places(wh: ReadOnlyWarehouse) -> pd.DataFrame:
    """Former province and district against today's province, with how many communes went that way: the map
    switch carries a place across (a former district to the province most of its communes went to, and back)."""
    return wh.query(
        """
        SELECT old_province_code, old_district_code, new_province_code, count(*) AS n
        FROM core.crosswalk WHERE old_district_code IS NOT NULL
        GROUP BY ALL ORDER BY n DESC, old_district_code
        """
    )


def current_map_unit(wh: ReadOnlyWarehouse, commune_code: str, year: int) -> pd.DataFrame:
    """Every metric of one of today's communes for a year before it existed, moved from the old communes it
    came from (facts_on_current_map): the "year before" of a 2025 card."""
    return wh.query(
        f"""
        SELECT metric, value, numerator, denominator, is_approximate, len(source_units) AS n_sources,
               {levels.current_map_bounds(wh)}
        FROM {levels.current_map_source(wh)} WHERE unit_code = $code AND year = $year ORDER BY metric
        """,
        {"code": commune_code, "year": year},
    )


def current_province_figures(wh: ReadOnlyWarehouse, metric: str, first_year: int, last_year: int) -> pd.DataFrame:
    """``levels.current_province_figures``: today's provinces over the years, before 2025 from their former ones."""
    return levels.current_province_figures(wh, metric, first_year, last_year)


FORMER_COLUMNS = ["metric", "value", "qualifier", "numerator", "denominator", "basis", "is_approximate", "n_sources",
                  "n_expected", "missing", "formers"]


def former_provinces_figures(wh: ReadOnlyWarehouse, unit_key: str, year: int) -> pd.DataFrame:
    """The year before 7/2025 of one of today's provinces (``new:province:…``) or of the country
    (``new:country:VN``): every metric from the former provinces that make it up — each merged whole into one of
    today's (core.crosswalk) — by the rule of every level (``levels.provinces_combined``, in SQL: counts summed;
    rates the ratio of sums where every one gave its counts, else the mean of their rates, ``is_approximate``).
    For the country, the former provinces of today's provinces that gave the metric in ``year + 1``, so that both
    years cover the same ground. A metric that one of those former provinces did not give in ``year`` gets no value (missing is not
    zero): ``missing`` names them. ``formers`` names every former province counted, ``n_expected`` their number."""
    _, level, code = unit_key.split(":", 2)
    own = code if level == "province" else None
    pairs = wh.query(
        "SELECT DISTINCT new_province_code, old_province_code, old_province_name FROM core.crosswalk "
        "WHERE old_province_code IS NOT NULL AND ($p IS NULL OR new_province_code = $p) ORDER BY old_province_name",
        {"p": own})
    if pairs.empty:
        return pd.DataFrame(columns=FORMER_COLUMNS)
    given = levels.province_figures(wh, "new", year + 1, [own] if own else None)
    old = levels.province_figures(wh, "old", year, sorted(set(pairs["old_province_code"])))
    names = dict(zip(pairs["old_province_code"], pairs["old_province_name"], strict=False))
    formers_of = pairs.groupby("new_province_code")["old_province_code"].agg(list).to_dict()
    have = set(zip(old["metric"], old["province_code"], strict=True))
    complete, rows = {}, []
    for metric, new_codes in given.groupby("metric", sort=True)["province_code"]:
        expected = sorted({o for n in new_codes for o in formers_of.get(n, [])}, key=lambda o: names[o])
        if not expected:
            continue
        missing = [o for o in expected if (metric, o) not in have]
        row = {"metric": metric, "n_expected": len(expected), "formers": ", ".join(names[o] for o in expected),
               "missing": ", ".join(names[o] for o in missing), "n_sources": len(expected) - len(missing)}
        rows.append(row)
        if not missing:
            complete[metric] = expected
    out = pd.DataFrame(rows, columns=["metric", "n_expected", "formers", "missing", "n_sources"])
    computed = levels.provinces_combined(wh, "old", year, complete)  # the rule of every level, in SQL
    out = out.merge(computed[["metric", "value", "qualifier", "numerator", "denominator", "basis"]], on="metric",
                    how="left")
    out["is_approximate"] = out["basis"] == "mean"
    return out[FORMER_COLUMNS]


# -- every level in SQL, the whole country included (warehouse.levels) ------------------------------------

def figures(wh: ReadOnlyWarehouse, unit_key: str, first_year: int, last_year: int) -> pd.DataFrame:
    """The unit's figure per year and metric, reported or computed from the units under it (``levels.unit_figures``,
    the rule of every level in SQL), for any level up to the country (``levels.country_key``)."""
    return levels.unit_figures(wh, unit_key, first_year, last_year)


def child_figures(wh: ReadOnlyWarehouse, parent_key: str, metric: str, first_year: int,
                  last_year: int) -> pd.DataFrame:
    """One metric for each province of the country, or each district of an old-map province, over the years."""
    return levels.child_figures(wh, parent_key, metric, first_year, last_year)


def children_of(wh: ReadOnlyWarehouse, parent_key: str, year: int) -> pd.DataFrame:
    """The units one level under ``parent_key`` in ``year`` (unit_key, code, name, uncertain): the provinces of
    the country, the districts of an old-map province, else the communes (``communes_of``)."""
    map_, level, code = parent_key.split(":", 2)
    if level not in ("country", "province") or (level == "province" and map_ == "new"):
        return communes_of(wh, parent_key, year)
    child = "province" if level == "country" else "district"
    return wh.query(
        f"""
        SELECT unit_key, code, name, false AS uncertain
        FROM core.unit_versions
        WHERE map = $map AND level = $child AND origin = 'reference' AND ($child = 'province' OR province_code = $code)
        {_VERSION_FOR_YEAR.replace('QUALIFY', 'QUALIFY (coalesce(first_year, 0) <= $year AND coalesce(last_year, 9999) >= $year) AND')}
        ORDER BY name
        """,
        {"map": map_, "child": child, "code": code, "year": year},
    )


def country_coverage(wh: ReadOnlyWarehouse, map_: str, year: int) -> tuple[int, int]:
    """(provinces with a figure in ``year``, provinces of that year's map) for the country's "n/N reported"."""
    frame = wh.query(
        """
        SELECT (SELECT count(DISTINCT province_code) FROM core.facts
                WHERE map = $map AND year = $year AND province_code IS NOT NULL) AS n,
               (SELECT count(DISTINCT unit_key) FROM core.unit_versions
                WHERE map = $map AND level = 'province' AND origin = 'reference'
                  AND coalesce(first_year, 0) <= $year AND coalesce(last_year, 9999) >= $year) AS total
        """,
        {"map": map_, "year": year},
    )
    return int(frame["n"].iloc[0]), int(frame["total"].iloc[0])


def source_files(wh: ReadOnlyWarehouse, unit_key: str, first_year: int, last_year: int) -> pd.DataFrame:
    """The files the figures of a unit (and of every unit under it, the country included) came from: per file
    the years it gave and how many facts (source_file, years, n), by file name."""
    map_, level, code = unit_key.split(":", 2)
    return wh.query(
        """
        SELECT source_file, list(DISTINCT year ORDER BY year) AS years, count(*) AS n
        FROM core.facts
        WHERE map = $map AND year BETWEEN $y0 AND $y1
          AND ($level = 'country' OR unit_key = $key OR starts_with(unit_key, $key || '/')
               OR ($level = 'district' AND district_code = $code)
               OR ($level = 'province' AND province_code = $code))
        GROUP BY source_file ORDER BY source_file
        """,
        {"map": map_, "y0": first_year, "y1": last_year, "key": unit_key, "level": level, "code": code},
    )
