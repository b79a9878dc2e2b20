"""Aggregation rules, in one place: a parent's figure is its reported total where it reported one, else
computed from its children: counts summed; percentages as the ratio of sums where every child gave its
numerator and denominator, else the unweighted mean of the children's rates (marked as such). A child that
did not report is missing, never zero. Pure functions on DataFrames (unit-tested without a warehouse)."""

from __future__ import annotations

import pandas as pd

from etl.reference import bounds

FIGURE_COLUMNS = ["year", "metric", "value", "qualifier", "numerator", "denominator", "basis",
                  "reported_value", "computed_value", "computed_basis", "n_reported", "source_file",
                  "source_sheet", "source_row", "source_cell"]
_PCT_TOLERANCE = 0.05


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


def _rounding(value: float) -> float:
    for decimals in range(3):
        if abs(value * 10**decimals - round(value * 10**decimals)) < 1e-6:
            return 0.5 / 10**decimals
    return _PCT_TOLERANCE


def differs(row: pd.Series, kind: str) -> bool:
    """Reported and computed totals disagree (both present). "trên 98%" agrees with any figure above 98."""
    if pd.isna(row["reported_value"]) or pd.isna(row["computed_value"]):
        return False
    reported, computed = float(row["reported_value"]), float(row["computed_value"])
    # A rate reported as "80%" agrees with 80.1% computed: allow the rounding of the reported figure.
    tolerance = _rounding(reported) + 1e-9 if kind == "pct" else 1e-9
    q = bounds.normal(row.get("qualifier"))
    if q in bounds.LOWER:  # "trên 98%" agrees with any figure above 98
        return computed < reported - tolerance
    if q in bounds.UPPER:
        return computed > reported + tolerance
    if q == bounds.APPROX:  # "khoảng": agrees within a tenth of the figure
        return abs(reported - computed) > max(tolerance, abs(reported) * 0.1)
    return abs(reported - computed) > tolerance
