"""Long tables (Năm, Tỉnh, Huyện, Xã, Chỉ tiêu, Giá trị[, Tử số, Mẫu số]): the metric a "Chỉ tiêu" cell names,
and the province or district a row names in its own columns. The rows are read by etl.bind.LongReader."""

from __future__ import annotations

import re

from etl.catalog import Catalog
from etl.context import Scope, map_for_year
from etl.records import Reject, a1
from etl.sheet_tools import Grid, text
from etl.units import UnitIndex
from etl.values import is_blank

_SEPARATORS = re.compile(r"\s*(?:>|:|\s[-–]\s)\s*")


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


def row_scope(index: UnitIndex, grid: Grid, r: int, cols: dict[str, int], scope: Scope | None,
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
