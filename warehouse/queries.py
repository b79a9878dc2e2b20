"""Every query the pages run: named, parameterised, returning DataFrames. Pages never build SQL."""

from __future__ import annotations

import pandas as pd

from warehouse import aggregate
from warehouse.db import ReadOnlyWarehouse

# The version of a unit for a year: the one valid that year, else the latest one.
_VERSION_FOR_YEAR = """
    QUALIFY row_number() OVER (
        PARTITION BY unit_key
        ORDER BY (coalesce(first_year, 0) <= $year AND coalesce(last_year, 9999) >= $year) DESC,
                 coalesce(first_year, 0) DESC) = 1
"""


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


def unit_options(wh: ReadOnlyWarehouse, year: int) -> pd.DataFrame:
    """Provinces, districts and communes that have figures in ``year`` (a commune's figures make its
    district and province selectable too), with their names of that year."""
    return wh.query(
        f"""
        WITH f AS (
            SELECT DISTINCT map, unit_level, unit_code, province_code, district_code
            FROM core.facts WHERE year = $year
        ),
        wanted AS (
            SELECT map || ':province:' || province_code AS unit_key FROM f WHERE province_code IS NOT NULL
            UNION SELECT 'old:district:' || district_code FROM f WHERE map = 'old' AND district_code IS NOT NULL
            UNION SELECT map || ':commune:' || unit_code FROM f WHERE unit_level = 'commune'
        ),
        named AS (
            SELECT v.unit_key, v.map, v.level, v.code, v.name, v.province_code, v.district_code
            FROM core.unit_versions v JOIN wanted USING (unit_key)
            {_VERSION_FOR_YEAR}
        )
        SELECT * FROM named ORDER BY level, name
        """,
        {"year": year},
    )


def subtree_facts(wh: ReadOnlyWarehouse, unit_key: str, first_year: int, last_year: int) -> pd.DataFrame:
    """The facts of a unit and of every unit under it, for a range of years."""
    map_, level, code = unit_key.split(":", 2)
    return wh.query(
        """
        SELECT unit_key, map, unit_level, unit_code, unit_name, province_code, district_code, year, metric,
               value, qualifier, numerator, denominator, source_file, source_sheet, source_row, source_cell
        FROM core.facts
        WHERE map = $map AND year BETWEEN $y0 AND $y1
          AND (unit_key = $key OR starts_with(unit_key, $key || '/')
               OR ($level = 'district' AND district_code = $code)
               OR ($level = 'province' AND province_code = $code))
        """,
        {"map": map_, "y0": first_year, "y1": last_year, "key": unit_key, "level": level, "code": code},
    )


def unit_figures(wh: ReadOnlyWarehouse, unit_key: str, first_year: int, last_year: int) -> pd.DataFrame:
    """The unit's figure per year and metric, reported or computed (warehouse.aggregate)."""
    kinds = dict(zip(*[metrics(wh)[c] for c in ("code", "kind")]))
    return aggregate.unit_figures(subtree_facts(wh, unit_key, first_year, last_year), unit_key, kinds)


def unit_label(wh: ReadOnlyWarehouse, unit_key: str, year: int) -> str:
    frame = wh.query(
        f"SELECT name FROM core.unit_versions WHERE unit_key = $key {_VERSION_FOR_YEAR}",
        {"key": unit_key, "year": year},
    )
    return str(frame["name"].iloc[0]) if not frame.empty else unit_key


def expected_children(wh: ReadOnlyWarehouse, unit_key: str, year: int) -> int:
    """How many communes the unit had in ``year`` (the denominator of "n/N reported")."""
    map_, level, code = unit_key.split(":", 2)
    frame = wh.query(
        """
        SELECT count(DISTINCT unit_key) AS n FROM core.unit_versions
        WHERE map = $map AND level = 'commune'
          AND coalesce(first_year, 0) <= $year AND coalesce(last_year, 9999) >= $year
          AND (($level = 'district' AND district_code = $code) OR ($level = 'province' AND province_code = $code))
        """,
        {"map": map_, "year": year, "level": level, "code": code},
    )
    return int(frame["n"].iloc[0])
