"""A unit's reported total against the one computed from its units: whether they disagree (a card says so). The
figures themselves are computed in one place, in SQL (``warehouse.levels``: a unit's reported total where it gave
one, else counts summed, rates the ratio of sums where every unit under it gave its counts, else the mean of their
rates marked as such; missing is never zero)."""

from __future__ import annotations

import pandas as pd

from etl.reference import bounds

_PCT_TOLERANCE = 0.05


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
