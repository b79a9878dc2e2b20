"""What each page shows, put together from the warehouse's queries: a page asks one function here for the figures
it draws, and only lays them out (DESIGN.md: a page is thin). Every figure is computed in SQL — the one rule of
every level is ``warehouse.levels``'s (a reported total where there is one, else counts summed, rates the ratio of
the sums, missing never zero) — and here query results are only set side by side: a unit's years beside the year
before taken from the other map, a unit beside the units under it, the years a unit has no figure. Nothing here
adds figures up again.

The dashboard runs these as it runs ``warehouse.queries``: ``Source.q(name, ...)``, one cached result per
published warehouse (``ui.data``)."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from warehouse import levels, queries
from warehouse.db import ReadOnlyWarehouse

NEW_MAP_FROM = levels.NEW_MAP_FROM  # the first year of today's map (July 2025)
COUNTRY_NEW = levels.country_key("new")


def years_of_map(years: list[int], map_: str) -> list[int]:
    """Of ``years``, those of one map: the old one before ``NEW_MAP_FROM``, today's from it."""
    return [y for y in years if (y >= NEW_MAP_FROM) == (map_ == "new")]


def map_years(wh: ReadOnlyWarehouse, map_: str) -> list[int]:
    """The years with figures on one map ('old' or 'new')."""
    return years_of_map(queries.years(wh), map_)


def computes_children(parent_key: str) -> bool:
    """Whether the units one level under ``parent_key`` have figures computed from theirs (the provinces of the
    country, the districts of an old-map province), rather than only their own (communes)."""
    map_, level, _ = parent_key.split(":", 2)
    return level == "country" or (level == "province" and map_ == "old")


def with_names(figures: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """Figures of provinces or districts (queries.child_figures) with the code and name of ``units``
    (queries.children_of; a unit not listed: its code) and the columns of a commune's facts: a computed figure
    has no source cell."""
    names = units.set_index("unit_key")
    code = figures["unit_key"].str.rsplit(":", n=1).str[-1]
    return figures.assign(unit_code=figures["unit_key"].map(names["code"]).fillna(code),
                          unit_name=figures["unit_key"].map(names["name"]).fillna(code),
                          source_file=None, source_sheet=None, source_row=None, source_cell=None)


# -- Tổng quan -----------------------------------------------------------------------------------------------

class Overview(NamedTuple):
    """A unit's figures for Tổng quan."""

    figures: pd.DataFrame  # the cards and the table: the unit's years, and the year before from the other map
    own: pd.DataFrame  # the unit's own figures over its map's years (the charts)
    moved: pd.DataFrame  # today's commune, the year before: moved from its old communes (current_map_unit)
    former: pd.DataFrame  # today's province or the country, the year before: its former provinces'
    before_other_map: bool  # the year before is on the other map (2025: its year before is before 7/2025)


def overview(wh: ReadOnlyWarehouse, unit_key: str, year: int) -> Overview:
    """The unit's figures over its map's years (``queries.figures``); for one of today's units in its first year,
    the year before as well, from the old map: a commune's moved from the old communes it came from (marked
    ``moved``, approximations said), a province's or the country's from the former provinces that make it up
    (``former_provinces_figures``: only the metrics every one of them gave; marked ``moved_from`` 'provinces')."""
    map_, level, code = unit_key.split(":", 2)
    every = queries.years(wh)
    years = years_of_map(every, map_)
    own = queries.figures(wh, unit_key, min(years), max(years))
    figures = own
    before_other_map = map_ == "new" and year - 1 not in years
    moved = former = pd.DataFrame()
    if before_other_map and level == "commune":
        moved = queries.current_map_unit(wh, code, year - 1)
        if not moved.empty:
            figures = pd.concat([figures, moved.assign(year=year - 1, moved=True)], ignore_index=True)
    if before_other_map and level in ("province", "country") and year - 1 in every:
        former = queries.former_provinces_figures(wh, unit_key, year - 1)
        found = former[former["value"].notna()]
        if not found.empty:
            figures = pd.concat([figures, found.assign(year=year - 1, moved=True, moved_from="provinces")],
                                ignore_index=True)
    return Overview(figures, own, moved, former, before_other_map)


def below_rates(wh: ReadOnlyWarehouse, parent_key: str, metric: str, year: int) -> pd.DataFrame:
    """One metric of the units one level under ``parent_key`` in ``year``: the provinces of the country, the
    districts of an old-map province (their own figure or computed from their communes), named; else the
    communes, their own figures."""
    if computes_children(parent_key):
        return with_names(queries.child_figures(wh, parent_key, metric, year, year),
                          queries.children_of(wh, parent_key, year))
    return queries.commune_facts(wh, parent_key, metric, year, year)


def standing(wh: ReadOnlyWarehouse, parent_key: str, unit_key: str, metric: str, year: int) -> tuple[int, int] | None:
    """(place, communes that gave the metric) of a commune among the communes of ``parent_key`` in ``year``: 1 +
    those with a higher figure (equal figures share a place); None when the commune gave none."""
    facts = queries.commune_facts(wh, parent_key, metric, year, year)
    mine = facts.loc[facts["unit_key"] == unit_key, "value"]
    if mine.empty:
        return None
    return int((facts["value"] > float(mine.iloc[0])).sum()) + 1, len(facts)


# -- So sánh -------------------------------------------------------------------------------------------------

class Ranking(NamedTuple):
    """The units under one unit on one metric (So sánh)."""

    units: pd.DataFrame  # every unit expected (unit_key, code, name, uncertain): those without a figure too
    facts: pd.DataFrame  # their figures over the map's years (unit_key, unit_code, unit_name, year, value, ...)
    parent_value: float | None  # the figure of the unit above them in the year, and its qualifier ("trên")
    parent_qualifier: str | None


def ranking(wh: ReadOnlyWarehouse, parent_key: str, metric: str, year: int) -> Ranking:
    """The units one level under ``parent_key`` on ``metric``: the provinces of the country, the districts of an
    old-map province (reported or computed from their units), else the communes; over the years of the map, and
    the parent's own figure of ``year``."""
    years = map_years(wh, parent_key.split(":", 1)[0])
    units = queries.children_of(wh, parent_key, year)
    if computes_children(parent_key):
        facts = with_names(queries.child_figures(wh, parent_key, metric, min(years), max(years)), units)
    else:
        facts = queries.commune_facts(wh, parent_key, metric, min(years), max(years))
    parent = queries.figures(wh, parent_key, year, year)
    parent = parent[parent["metric"] == metric]
    qualifier = parent["qualifier"].iloc[0] if not parent.empty else None
    return Ranking(units, facts, float(parent["value"].iloc[0]) if not parent.empty else None,
                   qualifier if isinstance(qualifier, str) else None)


class ProvincesToday(NamedTuple):
    """Today's provinces on one metric over the years (So sánh, today's map, the country)."""

    units: pd.DataFrame  # today's provinces (unit_key, code, name, uncertain), those without a figure too
    facts: pd.DataFrame  # their figures with a value (unit_key, unit_code, unit_name, year, value, basis, approx...)
    gaps: list[str]  # the names of those with no value in ``year``: one of their former provinces did not give it


def provinces_today(wh: ReadOnlyWarehouse, metric: str, year: int) -> ProvincesToday:
    """Today's provinces over the years on ``metric`` (``queries.current_province_figures``: from 2025 their own
    figures, before from their former provinces, none when one of those did not report), named."""
    years = queries.current_map_years(wh)
    units = queries.children_of(wh, COUNTRY_NEW, max(max(years), NEW_MAP_FROM))  # all 34, not only those with figures
    figures = queries.current_province_figures(wh, metric, min(years), max(years))
    names = dict(zip(units["unit_key"], units["name"], strict=True))
    facts = figures.assign(unit_code=figures["unit_key"].str.rsplit(":", n=1).str[-1],
                           unit_name=figures["unit_key"].map(names), approx=figures["basis"] == "mean",
                           source_file=None, source_sheet=None, source_cell=None)  # computed: no source cell
    gaps = facts[facts["value"].isna() & (facts["year"] == year)]
    return ProvincesToday(units, facts[facts["value"].notna()], [names.get(k, k) for k in gaps["unit_key"]])


def communes_today(wh: ReadOnlyWarehouse, province_code: str, metric: str, codes: list[str]) -> pd.DataFrame:
    """One metric of some of today's communes of a province (``codes``) over every year of today's map, earlier
    years moved onto them (``queries.current_map_facts``)."""
    years = queries.current_map_years(wh)
    facts = queries.current_map_facts(wh, province_code, metric, min(years), max(years))
    return facts[facts["unit_code"].isin(codes)]


# -- Xu hướng ------------------------------------------------------------------------------------------------

def unit_trend(wh: ReadOnlyWarehouse, unit_key: str, keys: list[str], chosen: list[str]) -> pd.DataFrame:
    """The metrics ``chosen`` over the years of the unit's map, for ``unit_key`` (when among ``keys``) and for the
    units under it among ``keys``: provinces and districts reported or computed from their units, communes their
    own figures (basis 'reported'). unit_key, metric, year, value, qualifier, numerator, denominator, basis, ..."""
    years = map_years(wh, unit_key.split(":", 1)[0])
    parts = []
    if unit_key in keys:
        figures = queries.figures(wh, unit_key, min(years), max(years))
        parts.append(figures[figures["metric"].isin(chosen)].assign(unit_key=unit_key))
    children = [k for k in keys if k != unit_key]
    for code in chosen if children else []:  # the chosen units under it: one query a metric for all of them
        if computes_children(unit_key):
            rows = queries.child_figures(wh, unit_key, code, min(years), max(years))
        else:
            rows = queries.commune_facts(wh, unit_key, code, min(years), max(years)).assign(basis="reported")
        parts.append(rows[rows["unit_key"].isin(children)].assign(metric=code))
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


class CountryTrend(NamedTuple):
    """The country and today's provinces over the years (Xu hướng, today's map)."""

    data: pd.DataFrame  # the figures with a value: unit_key, metric, year, value, qualifier, numerator, basis, ...
    gaps: dict[str, list[int]]  # by unit, the years without a value (a former province did not give it)


def country_trend(wh: ReadOnlyWarehouse, keys: list[str], chosen: list[str]) -> CountryTrend:
    """The metrics ``chosen`` over every year of today's map for ``keys`` — today's provinces and the country: the
    country's own figures of either map (it is the country on both), a province's from 2025 its own, before its
    former provinces' (``queries.current_province_figures``; no value when one of them did not give it)."""
    years = queries.current_map_years(wh)
    first, last = min(years), max(years)
    parts = []
    for code in chosen:
        if COUNTRY_NEW in keys:  # each year's own figure, the map of that year
            for map_, y0, y1 in (("old", first, min(last, NEW_MAP_FROM - 1)), ("new", max(first, NEW_MAP_FROM), last)):
                if y0 <= y1:
                    rows = queries.figures(wh, levels.country_key(map_), y0, y1)
                    parts.append(rows[rows["metric"] == code].assign(unit_key=COUNTRY_NEW))
        rows = queries.current_province_figures(wh, code, first, last)
        parts.append(rows[rows["unit_key"].isin(keys)].assign(metric=code))
    found = [p for p in parts if not p.empty]
    data = pd.concat(found, ignore_index=True) if found else pd.DataFrame(
        columns=["unit_key", "metric", "year", "value", "basis"])
    missing = data[data["value"].isna()]
    gaps = {key: sorted({int(y) for y in missing.loc[missing["unit_key"] == key, "year"]})
            for key in sorted(set(missing["unit_key"]))}
    return CountryTrend(data[data["value"].notna()], gaps)


def communes_today_trend(wh: ReadOnlyWarehouse, province_code: str, codes: list[str],
                         chosen: list[str]) -> pd.DataFrame:
    """The metrics ``chosen`` of some of today's communes of a province over every year of today's map
    (``communes_today``, a metric after the other, each row its ``metric``)."""
    parts = [communes_today(wh, province_code, code, codes).assign(metric=code) for code in chosen]
    return pd.concat(parts, ignore_index=True)


def richest_communes(wh: ReadOnlyWarehouse, province_code: str, metric: str, names: dict[str, str]) -> list[str]:
    """Today's communes of ``names`` (code: name) with figures of ``metric``, those with figures in the most years
    first (a line, not a dot), then by name."""
    years = queries.current_map_years(wh)
    facts = queries.current_map_facts(wh, province_code, metric, min(years), max(years))
    counts = facts[facts["unit_code"].isin(names)]["unit_code"].value_counts(sort=False)
    return sorted(counts.index, key=lambda c: (-counts[c], names[c]))
