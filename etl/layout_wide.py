"""Wide reports: one row per unit, one column per metric, under a title block and 1–3 header rows.

The table is found by its unit column ("Đơn vị", "Xã, thị trấn", ...). Each other column's header path
(group > label) is matched to a metric through the catalog; columns that match nothing are reported.
Rows: a numbering row "(1) (2) ..." is skipped; Roman-numeral rows ("I. Khối xã, thị trấn") open a group;
a totals row ("Tổng cộng", "Toàn huyện") is the reporting unit's own figure; notes and signatures end it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from etl.catalog import Catalog
from etl.records import Fact, Reject, a1
from etl.row_units import UnitResolver
from etl.sheet_tools import (
    Grid,
    HeaderBlock,
    header_block,
    is_footer_row,
    is_group_label,
    is_numbering_row,
    is_roman,
    is_word,
    row_year,
    strip_group_prefix,
    text,
)
from etl.text import fold
from etl.values import ValueProblem, is_blank, parse_value

_MAX_HEADER_SEARCH = 60
_NUMERIC_ROLE_KIND = "count"


@dataclass
class WideTable:
    header: HeaderBlock
    unit_col: int
    stt_col: int | None
    year_col: int | None
    columns: dict[int, tuple[str, str]]  # col -> (metric, role)
    unmapped: list[tuple[int, str]] = field(default_factory=list)
    first_data_row: int = 0


def find_wide_table(grid: Grid, catalog: Catalog) -> WideTable | None:
    for r in range(min(_MAX_HEADER_SEARCH, grid.height)):
        for c in range(grid.width):
            if grid.is_merged_child(r, c) or not is_word(grid.raw(r, c), "unit_header"):
                continue
            table = _table_at(grid, catalog, r, c)
            if table is not None:
                return table
    return None


def _table_at(grid: Grid, catalog: Catalog, top: int, unit_col: int) -> WideTable | None:
    header = header_block(grid, top, unit_col)
    columns: dict[int, tuple[str, str]] = {}
    unmapped: list[tuple[int, str]] = []
    stt_col = year_col = None
    for c, path in header.paths.items():
        if c == unit_col or not path:
            continue
        if len(path) == 1 and is_word(path[0], "stt_header"):
            stt_col = c
            continue
        if len(path) == 1 and fold(path[0]) in ("năm", "năm báo cáo"):
            year_col = c
            continue
        match = catalog.match_header(path)
        if match.metric and match.role:
            columns[c] = (match.metric, match.role)
        elif not is_word(path[-1], "ignore_header") and not is_word(path[-1], "unit_header"):
            unmapped.append((c, " > ".join(path)))
    if not columns:
        return None
    first = header.bottom + 1
    while first < grid.height and grid.row_is_blank(first):
        first += 1
    if first < grid.height and is_numbering_row(grid.rows[first]):
        first += 1
    return WideTable(header, unit_col, stt_col, year_col, columns, unmapped, first)


@dataclass
class WideResult:
    facts: list[Fact] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    rows_seen: int = 0


def parse_wide(grid: Grid, table: WideTable, resolver: UnitResolver, catalog: Catalog,
               max_year: int) -> WideResult:
    out = WideResult()
    sheet = grid.sheet.name
    group: str | None = None
    metric_cols = sorted(table.columns)
    resolver.prepare([text(grid.raw(r, table.unit_col)) for r in range(table.first_data_row, grid.height)
                      if text(grid.raw(r, table.unit_col))])
    for r in range(table.first_data_row, grid.height):
        row = grid.rows[r]
        if grid.row_is_blank(r):
            continue
        unit_raw = grid.raw(r, table.unit_col)
        unit_text = text(unit_raw)
        values = {c: grid.raw(r, c) for c in metric_cols}
        has_values = any(not is_blank(v) for v in values.values())
        if is_footer_row(row):
            break
        stt = text(grid.raw(r, table.stt_col)) if table.stt_col is not None else ""
        if is_roman(stt) or (not stt and is_group_label(unit_text)):
            group = strip_group_prefix(unit_text) or unit_text
            if has_values:
                out.rows_seen += 1
                for c, v in values.items():
                    if not is_blank(v):
                        out.rejects.append(Reject.of("group_subtotal", sheet, r + 1, a1(r, c), text(v), group=group))
            continue
        if not has_values:
            continue  # a unit that reported nothing: no fact, and nothing lost
        out.rows_seen += 1
        year, problem = row_year(grid, r, table.year_col, resolver.year, max_year)
        if problem is not None or year is None:
            out.rejects.append(problem)  # type: ignore[arg-type]
            continue
        if not unit_text:
            out.rejects.append(Reject.of("missing_unit_name", sheet, r + 1, a1(r, table.unit_col), None))
            continue
        if is_word(unit_text, "total_row") or _is_total_text(unit_text):
            unit_key, label = resolver.scope.unit_key, resolver.scope.version.name
        else:
            match = resolver.resolve(unit_text, group)
            if match.unit_key is None:
                out.rejects.append(Reject.of(match.problem or "unknown_unit", sheet, r + 1, a1(r, table.unit_col),
                                             **{"year": year, **match.fields, "value": unit_text}))
                continue
            unit_key, label = match.unit_key, unit_text
        _row_facts(grid, table, r, unit_key, label, year, catalog, out)
    return out


def _is_total_text(unit_text: str) -> bool:
    f = fold(unit_text)
    return f.startswith(("tổng cộng", "toàn huyện", "toàn tỉnh", "cộng toàn", "tổng toàn", "toàn đảng bộ"))


def _row_facts(grid: Grid, table: WideTable, r: int, unit_key: str, label: str, year: int, catalog: Catalog,
               out: WideResult) -> None:
    sheet = grid.sheet.name
    by_metric: dict[str, dict[str, int]] = {}
    for c, (metric, role) in table.columns.items():
        if not is_blank(grid.raw(r, c)):
            by_metric.setdefault(metric, {})[role] = c
    for metric, roles in by_metric.items():
        kind = catalog.kind(metric)
        parsed: dict[str, object] = {}
        failed = False
        for role, c in roles.items():
            raw = grid.raw(r, c)
            try:
                parsed[role] = parse_value(raw, kind if role == "value" else _NUMERIC_ROLE_KIND,
                                           role == "value" and grid.sheet.shows_percent(r, c, raw), metric)
            except ValueProblem as problem:
                out.rejects.append(Reject.of(problem.code, sheet, r + 1, a1(r, c), text(raw),
                                             **{k: v for k, v in problem.fields.items() if k != "value"}))
                failed = True
        if failed:
            continue
        value, num, den = parsed.get("value"), parsed.get("numerator"), parsed.get("denominator")
        numerator = num.value if num is not None else None  # type: ignore[union-attr]
        denominator = den.value if den is not None else None  # type: ignore[union-attr]
        if value is not None:
            c = roles["value"]
            numerator = value.numerator if value.numerator is not None else numerator  # type: ignore[union-attr]
            denominator = value.denominator if value.denominator is not None else denominator  # type: ignore[union-attr]
            out.facts.append(Fact(unit_key, year, metric, value.value, value.qualifier,  # type: ignore[union-attr]
                                  numerator, denominator, text(grid.raw(r, c)), sheet, r + 1, a1(r, c), label))
        elif numerator is not None and denominator is not None:
            c = roles["numerator"]
            if denominator == 0:
                out.rejects.append(Reject.of("zero_denominator", sheet, r + 1, a1(r, roles["denominator"]),
                                             f"{numerator:g}/0"))
                continue
            out.facts.append(Fact(unit_key, year, metric, round(100.0 * numerator / denominator, 10), None,
                                  numerator, denominator, f"{numerator:g}/{denominator:g}", sheet, r + 1,
                                  a1(r, c), label))
        else:
            have, missing = ("tử số", "mẫu số") if numerator is not None else ("mẫu số", "tử số")
            have_en, missing_en = ("numerator", "denominator") if numerator is not None else ("denominator", "numerator")
            c = roles.get("numerator", roles.get("denominator", 0))
            out.rejects.append(Reject.of("incomplete_ratio", sheet, r + 1, a1(r, c), text(grid.raw(r, c)),
                                         have=have, missing=missing, have_en=have_en, missing_en=missing_en,
                                         metric=catalog.metrics[metric].label_vi))
