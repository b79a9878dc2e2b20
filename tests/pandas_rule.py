"""The rule of every level written again in pandas, for the tests only: the product computes every figure in SQL
(``warehouse.levels``); this second, independent writing of the same rule — a unit's reported total where it gave
one, else computed from its children: counts summed, rates the ratio of the sums where every child gave its
numerator and denominator, else the unweighted mean of their rates; a child that did not report is missing, never
zero — checks it on the sample (tests/test_app_country.py). They differ in one case, where the SQL is right: a
district that gave no figure of its own is left out here, with its communes, from its province's figure; the SQL
computes the district from its communes and counts it."""

from __future__ import annotations

import pandas as pd

from etl.reference import bounds
from warehouse.db import ReadOnlyWarehouse

FIGURE_COLUMNS = ["year", "metric", "value", "qualifier", "numerator", "denominator", "basis",
                  "reported_value", "computed_value", "computed_basis", "n_reported", "source_file",
                  "source_sheet", "source_row", "source_cell"]


def parent_key(row: pd.Series) -> str | None:
    """The unit a fact's unit belongs to (for aggregation)."""
    key, level, map_ = row["unit_key"], row["unit_level"], row["map"]
    if level == "other":
        return key.split("/", 1)[0]
    if level == "commune":
        if map_ == "old" and row["district_code"]:
            return f"old:district:{row['district_code']}"
        return f"{map_}:province:{row['province_code']}"
    if level == "district":
        return f"old:province:{row['province_code']}"
    return None


def compute_from_children(children: pd.DataFrame, kinds: dict[str, str]) -> pd.DataFrame:
    """One computed figure per (year, metric) from the children's figures (one row per child)."""
    if children.empty:
        return pd.DataFrame(columns=["year", "metric", "computed_value", "computed_basis", "computed_num",
                                     "computed_den", "n_reported", "computed_qualifier"])
    out = []
    for (year, metric), g in children.groupby(["year", "metric"], sort=True):
        kind = kinds.get(metric, "count")
        qualifier = bounds.combine(list(g["qualifier"]))
        num = den = None
        if kind == "count":
            value, basis = float(g["value"].sum()), "sum"
        elif g["numerator"].notna().all() and g["denominator"].notna().all() and g["denominator"].sum() > 0:
            num, den = float(g["numerator"].sum()), float(g["denominator"].sum())
            value, basis = 100.0 * num / den, "ratio"
        else:
            value, basis = float(g["value"].mean()), "mean"
        out.append([year, metric, value, basis, num, den, len(g), qualifier])
    return pd.DataFrame(out, columns=["year", "metric", "computed_value", "computed_basis", "computed_num",
                                      "computed_den", "n_reported", "computed_qualifier"])


def unit_figures(facts: pd.DataFrame, unit_key: str, kinds: dict[str, str]) -> pd.DataFrame:
    """Figures of ``unit_key`` per (year, metric) from the facts of its subtree.

    ``basis`` says where ``value`` comes from: 'reported' (the unit's own figure), or 'sum', 'ratio',
    'mean' (computed from its children). ``reported_value`` and ``computed_value`` are both kept.
    """
    if facts.empty:
        return pd.DataFrame(columns=FIGURE_COLUMNS)
    facts = facts.copy()
    if "parent_key" not in facts:
        facts["parent_key"] = facts.apply(parent_key, axis=1)
    own = facts[facts["unit_key"] == unit_key]
    child_keys = set(facts.loc[facts["parent_key"] == unit_key, "unit_key"].unique())
    parents = set(facts["parent_key"].dropna().unique())
    leaves = child_keys - parents
    columns = ["year", "metric", "value", "qualifier", "numerator", "denominator"]
    child_rows = [facts.loc[facts["unit_key"].isin(leaves), columns]]
    for child in sorted(child_keys & parents):  # a district under a province: its own figure or computed
        child_figs = unit_figures(facts[facts["unit_key"].isin(_subtree(facts, child))], child, kinds)
        if not child_figs.empty:
            child_rows.append(child_figs[columns])
    children = pd.concat([c for c in child_rows if not c.empty] or [pd.DataFrame(columns=columns)],
                         ignore_index=True)
    computed = compute_from_children(children, kinds)
    reported = own[["year", "metric", "value", "qualifier", "numerator", "denominator", "source_file",
                    "source_sheet", "source_row", "source_cell"]].rename(columns={"value": "reported_value"})
    merged = reported.merge(computed, on=["year", "metric"], how="outer")
    has_reported = merged["reported_value"].notna()
    merged["value"] = merged["reported_value"].where(has_reported, merged["computed_value"])
    merged["basis"] = merged["computed_basis"].where(~has_reported, "reported")
    merged["qualifier"] = merged["qualifier"].where(has_reported, merged["computed_qualifier"])
    merged["numerator"] = merged["numerator"].where(has_reported, merged["computed_num"])
    merged["denominator"] = merged["denominator"].where(has_reported, merged["computed_den"])
    merged["n_reported"] = merged["n_reported"].fillna(0).astype(int)
    return merged[FIGURE_COLUMNS].sort_values(["year", "metric"]).reset_index(drop=True)


def _subtree(facts: pd.DataFrame, key: str) -> set[str]:
    keys = {key}
    frontier = {key}
    while frontier:
        nxt = set(facts.loc[facts["parent_key"].isin(frontier), "unit_key"].unique()) - keys
        keys |= nxt
        frontier = nxt
    return keys



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


def figures_of(wh: ReadOnlyWarehouse, unit_key: str, first_year: int, last_year: int) -> pd.DataFrame:
    """The unit's figure per year and metric by this rule, from the facts of its subtree (what
    ``warehouse.queries.figures`` gives by the SQL)."""
    kinds = dict(wh.query("SELECT code, kind FROM core.metrics").itertuples(index=False, name=None))
    return unit_figures(subtree_facts(wh, unit_key, first_year, last_year), unit_key, kinds)
