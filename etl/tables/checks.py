"""Checks on figures: a percentage between 0 and 100, a count whole and not negative, a numerator not above its
denominator. What fails becomes a reject with its reason."""

from __future__ import annotations

from etl.tables.records import Fact

_EPS = 1e-9


def value_problem(value: float, kind: str) -> tuple[str, dict[str, object]] | None:
    """(reason code, fields) when one number cannot be a figure of ``kind``: checked on each cell before
    cells are compared (an invalid cell is its own reject, not a conflict with a valid one)."""
    if kind == "pct":
        if value < -_EPS or value > 100 + _EPS:
            return "pct_out_of_range", {"value": _num(value)}
    else:
        if value < 0:
            return "negative_count", {"value": _num(value)}
        if abs(value - round(value)) > _EPS:
            return "fractional_count", {"value": _num(value)}
    return None


def fact_problem(fact: Fact, kind: str) -> tuple[str, dict[str, object]] | None:
    """(reason code, fields) when a fact cannot be loaded, else None."""
    if fact.numerator is not None and fact.denominator is not None:
        if fact.numerator < 0 or fact.denominator < 0:
            return "negative_count", {"value": _num(min(fact.numerator, fact.denominator))}
        if fact.numerator > fact.denominator + _EPS:
            return "numerator_above_denominator", {
                "numerator": _num(fact.numerator), "denominator": _num(fact.denominator)}
    return value_problem(fact.value, kind)


def _num(x: float) -> str:
    return f"{x:g}".replace(".", ",")
