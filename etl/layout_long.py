"""Long tables: one row per unit and metric (Năm, Tỉnh, Huyện, Xã, Chỉ tiêu, Giá trị[, Tử số, Mẫu số])."""

from __future__ import annotations

import re

from etl.catalog import Catalog
from etl.columns import find_columns
from etl.context import Scope, map_for_year
from etl.records import Fact, Reject, a1
from etl.row_units import UnitResolver
from etl.sheet_tools import Grid, is_numbering_row, text
from etl.sheet_tools import row_year as row_year_of
from etl.units import UnitIndex
from etl.values import ValueProblem, is_blank, parse_value

_SEPARATORS = re.compile(r"\s*(?:>|:|\s[-–]\s)\s*")


def find_long_table(grid: Grid) -> tuple[int, dict[str, int]] | None:
    return find_columns(grid, "long", {"metric", "value"})


def metric_of(catalog: Catalog, name: str) -> str | None:
    found = catalog.match_metric_name(name)
    if found:
        return found
    parts = [p for p in _SEPARATORS.split(name) if p]
    if len(parts) > 1:
        match = catalog.match_header(parts)
        if match.role == "value":
            return match.metric
    return None


def parse_long(grid: Grid, header_row: int, cols: dict[str, int], index: UnitIndex, catalog: Catalog,
               scope: Scope | None, year: int | None, max_year: int,
               ) -> tuple[list[Fact], list[Reject], int, list]:
    sheet = grid.sheet.name
    facts: list[Fact] = []
    rejects: list[Reject] = []
    new_units: list = []
    resolvers: dict[tuple[str, int], UnitResolver] = {}
    seen = 0
    for r in range(header_row + 1, grid.height):
        def get(field: str, r: int = r) -> object:
            return grid.raw(r, cols[field]) if field in cols else None

        if all(is_blank(grid.raw(r, c)) for c in cols.values()) or is_numbering_row(grid.rows[r]):
            continue
        seen += 1
        row_year, problem = row_year_of(grid, r, cols.get("year"), year, max_year)
        if problem is not None:
            rejects.append(problem)
            continue
        assert row_year is not None
        metric_name = text(get("metric"))
        metric = metric_of(catalog, metric_name)
        if metric is None:
            rejects.append(Reject.of("unknown_metric", sheet, r + 1, a1(r, cols["metric"]), metric_name))
            continue
        row_scope, problem = _row_scope(index, grid, r, cols, scope, row_year)
        if row_scope is None:
            rejects.append(problem)  # type: ignore[arg-type]
            continue
        unit_key, label = row_scope.unit_key, row_scope.version.name
        commune_text = text(get("commune"))
        if commune_text and row_scope.version.level != "commune":
            resolver = resolvers.setdefault((row_scope.unit_key, row_year),
                                            UnitResolver(index, row_scope, row_year))
            match = resolver.resolve(commune_text)
            new_units.extend(resolver.new_units)
            resolver.new_units.clear()
            if match.unit_key is None:
                rejects.append(Reject.of(match.problem or "unknown_unit", sheet, r + 1, a1(r, cols["commune"]),
                                         **{"year": row_year, **match.fields, "value": commune_text}))
                continue
            unit_key, label = match.unit_key, commune_text
        kind = catalog.kind(metric)
        try:
            parsed = parse_value(get("value"), kind, grid.sheet.shows_percent(r, cols["value"], get("value")), metric)
            num = parse_value(get("numerator"), "count") if "numerator" in cols else None
            den = parse_value(get("denominator"), "count") if "denominator" in cols else None
        except ValueProblem as problem_:
            rejects.append(Reject.of(problem_.code, sheet, r + 1, a1(r, cols["value"]), text(get("value")),
                                     **{k: v for k, v in problem_.fields.items() if k != "value"}))
            continue
        if parsed is None:
            if num is not None and den is not None and den.value:
                value_text = f"{num.value:g}/{den.value:g}"
                facts.append(Fact(unit_key, row_year, metric, round(100 * num.value / den.value, 10), None,
                                  num.value, den.value, value_text, sheet, r + 1, a1(r, cols["numerator"]), label))
            continue  # blank value: not reported
        facts.append(Fact(
            unit_key, row_year, metric, parsed.value, parsed.qualifier,
            parsed.numerator if parsed.numerator is not None else (num.value if num else None),
            parsed.denominator if parsed.denominator is not None else (den.value if den else None),
            text(get("value")), sheet, r + 1, a1(r, cols["value"]), label))
    return facts, rejects, seen, new_units


def _row_scope(index: UnitIndex, grid: Grid, r: int, cols: dict[str, int], scope: Scope | None,
               year: int) -> tuple[Scope | None, Reject | None]:
    """The province/district a row names in its own columns, else the file's reporting unit."""
    map_ = scope.map if scope is not None and scope.map == "old" and year >= 2025 else map_for_year(year)
    current = scope
    sheet = grid.sheet.name
    for level in ("province", "district"):
        if level not in cols or is_blank(grid.raw(r, cols[level])):
            continue
        if map_ == "new" and level == "district":
            continue
        typed = text(grid.raw(r, cols[level]))
        parent = current.unit_key if current is not None and current.version.level == "province" else None
        if current is not None and current.version.level == level and index.find(
                typed, map_=map_, level=level, year=year).unit_key == current.unit_key:
            continue
        match = index.find(typed, map_=map_, level=level, year=year, parent_key=parent)
        if match.unit_key is None or match.version is None:
            return None, Reject.of(match.problem or "unknown_unit", sheet, r + 1, a1(r, cols[level]),
                                   **{"year": year, **match.fields, "value": typed})
        current = Scope(match.unit_key, map_, match.version, "row")
    if current is None:
        return None, Reject.of("no_unit", sheet, r + 1, None, None)
    return current, None
