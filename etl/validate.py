"""Checks on candidate facts: ranges, ratios, whole counts, and two different values for one cell of the
report (unit, year, metric) in the same file. What fails becomes a reject with its reason."""

from __future__ import annotations

from collections import defaultdict

from etl.catalog import Catalog
from etl.records import Fact, Reject

_EPS = 1e-9


def fact_problem(fact: Fact, kind: str) -> tuple[str, dict[str, object]] | None:
    """(reason code, fields) when a fact cannot be loaded, else None."""
    if fact.numerator is not None and fact.denominator is not None:
        if fact.numerator < 0 or fact.denominator < 0:
            return "negative_count", {"value": _num(min(fact.numerator, fact.denominator))}
        if fact.numerator > fact.denominator + _EPS:
            return "numerator_above_denominator", {
                "numerator": _num(fact.numerator), "denominator": _num(fact.denominator)}
    if kind == "pct":
        if fact.value < -_EPS or fact.value > 100 + _EPS:
            return "pct_out_of_range", {"value": _num(fact.value)}
    else:
        if fact.value < 0:
            return "negative_count", {"value": _num(fact.value)}
        if abs(fact.value - round(fact.value)) > _EPS:
            return "fractional_count", {"value": _num(fact.value)}
    return None


def _num(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def validate(facts: list[Fact], catalog: Catalog) -> tuple[list[Fact], list[Reject]]:
    good: list[Fact] = []
    rejects: list[Reject] = []
    for fact in facts:
        problem = fact_problem(fact, catalog.kind(fact.metric))
        if problem:
            code, fields = problem
            rejects.append(Reject.of(code, fact.sheet, fact.row, fact.cell, fact.value_text, **fields))
        else:
            good.append(fact)
    return resolve_conflicts(good, catalog, rejects)


def resolve_conflicts(facts: list[Fact], catalog: Catalog, rejects: list[Reject]) -> tuple[list[Fact], list[Reject]]:
    """Two rows giving one unit's metric for one year: identical -> keep one; different -> reject both."""
    groups: dict[tuple[str, int, str], list[Fact]] = defaultdict(list)
    for fact in facts:
        groups[(fact.unit_key, fact.year, fact.metric)].append(fact)
    kept: list[Fact] = []
    for (_, _, metric), group in groups.items():
        distinct = {(round(f.value, 6), f.qualifier) for f in group}
        if len(distinct) == 1:
            kept.append(group[0])
            continue
        rows = ", ".join(str(f.row) for f in group)
        label = catalog.metrics[metric].label_vi
        for f in group:
            rejects.append(Reject.of("conflict", f.sheet, f.row, f.cell, f.value_text,
                                     unit=f.unit_label, metric=label, rows=rows))
    return kept, rejects
