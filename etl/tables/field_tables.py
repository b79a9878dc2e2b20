"""Tables found by the fields their header names (data/register_columns.csv): long tables (Năm, Tỉnh, Huyện, Xã,
Chỉ tiêu, Giá trị[, Tử số, Mẫu số]) read by ``LongReader``, and the columns of a long table or a register that
are none of its fields (``OtherColumns``). A long table is a binding of the same model as etl.tables.bind's: the unit
from its unit columns (or the context), the metric from a column, the roles from the value columns."""

from __future__ import annotations

import re

from etl.reading.cells import is_nonempty, is_number_like
from etl.reference.catalog import Catalog
from etl.reference.units import UnitIndex, map_for_year
from etl.reference.values import is_blank
from etl.tables.bind import CellReader, TableResult
from etl.tables.context import Scope
from etl.tables.ledger import IGNORED, LABEL, REJECT, SheetLedger
from etl.tables.records import Reject, a1
from etl.tables.row_units import UnitResolver
from etl.tables.sheet_tools import Grid, is_numbering_row, text
from etl.tables.table import RowInfo, Table

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


_LONG_UNIT_FIELDS = ("province", "district", "commune")


class LongReader(CellReader):
    """One row per unit and metric: Năm, Tỉnh, Huyện, Xã, Chỉ tiêu, Giá trị[, Tử số, Mẫu số]."""

    def read(self) -> TableResult:
        ctx, table = self.ctx, self.table
        fields = table.fields
        led = ctx.ledger
        resolvers: dict[tuple[str, int], UnitResolver] = {}
        value_cols = [fields[f] for f in ("value", "numerator", "denominator") if f in fields]
        others = OtherColumns(self.grid, table, led)
        self.out.binding = "long"
        for r in range(table.first, table.end):
            row = self.grid.rows[r]
            if self.grid.row_is_blank(r):
                continue
            if is_numbering_row(row):
                led.mark_rows(r, r + 1, LABEL, "numbering")
                continue
            filled = self.scan(r, value_cols)
            if not filled:
                led.mark_rows(r, r + 1, LABEL, "indicator")
                continue
            covered = [(r, c) for c in filled]
            others.mark_row(r)
            year, bad = self.row_year(RowInfo(r, "", "", "data"), None)
            if "year" in fields and bad is None and not is_blank(self.grid.raw(r, fields["year"])):
                led.mark(r, fields["year"], LABEL, "year")
            if year is None:
                self.reject_at(bad or (r, fields.get("year", 0)), "bad_year", covered, max_year=ctx.max_year)
                self._mark_long_labels(r, fields, "unit_name")
                continue
            metric_text = text(self.grid.raw(r, fields["metric"]))
            metric = metric_of(self.catalog, metric_text)
            if metric is None:
                self.reject_at((r, fields["metric"]), "unknown_metric", covered, value=metric_text)
                self._mark_long_labels(r, fields, "unit_name")
                continue
            led.mark(r, fields["metric"], LABEL, "indicator")
            scope, problem = row_scope(ctx.index, self.grid, r, fields, ctx.scope, year)
            if scope is None:
                if problem is None:
                    raise RuntimeError(f"row {r + 1}: no unit and no reason why")
                self.out.rejects.append(problem)
                self._cover(problem, covered)
                self._mark_long_labels(r, fields, "unit_name")
                continue
            unit_key, label = scope.unit_key, scope.version.name
            commune_text = text(self.grid.raw(r, fields["commune"])) if "commune" in fields else ""
            if commune_text and scope.version.level != "commune":
                resolver = resolvers.get((scope.unit_key, year))
                if resolver is None:
                    resolver = resolvers[(scope.unit_key, year)] = UnitResolver(ctx.index, scope, year)
                    self.out.resolvers.append(resolver)
                match = resolver.resolve(commune_text)
                if match.unit_key is None:
                    self._mark_long_labels(r, fields, "unit_name", skip=fields["commune"])
                    self.reject_at((r, fields["commune"]), match.problem or "unknown_unit", covered,
                                   **{"year": year, **resolver.details(match), "value": commune_text})
                    continue
                unit_key, label = match.unit_key, commune_text
            self._mark_long_labels(r, fields, "unit_name")
            for role in ("value", "numerator", "denominator"):
                if role in fields and fields[role] in filled:
                    self.candidate(r, fields[role], unit_key, label, year, metric, role)
        self.out.rejects += others.rejects()
        led.mark_rows(table.top, table.first, LABEL, "header")  # (after the rejects of its unmapped columns)
        return self.out

    def _mark_long_labels(self, r: int, fields: dict[str, int], reason: str, skip: int | None = None) -> None:
        for name in _LONG_UNIT_FIELDS:
            if name in fields and fields[name] != skip:
                self.ctx.ledger.mark_open(r, fields[name], LABEL, reason)
        if "metric" in fields:
            self.ctx.ledger.mark_open(r, fields["metric"], LABEL, "indicator")

    def _cover(self, problem: Reject, covered: list[tuple[int, int]]) -> None:
        for rr, cc in covered:
            self.ctx.ledger.mark(rr, cc, REJECT, "reject")
        if problem.cell:
            from etl.reading.xlsx_formats import col_index

            letters = "".join(ch for ch in problem.cell if ch.isalpha())
            self.ctx.ledger.mark_open((problem.row or 1) - 1, col_index(letters), REJECT, "reject")


class OtherColumns:
    """The columns of a register or a long table that are none of its fields: an STT is a label, a "Ghi chú"
    or text column is ignored, and numbers are rejected with their column's header (``unmapped_column``)."""

    def __init__(self, grid: Grid, table: Table, ledger: SheetLedger) -> None:
        self.grid, self.ledger = grid, ledger
        fields = set(table.fields.values())
        self.columns = {c: col for c, col in table.columns.items() if c not in fields}
        self.pending: dict[int, list[tuple[int, int]]] = {}

    def mark_row(self, r: int) -> None:
        for c, col in self.columns.items():
            value = self.grid.raw(r, c)
            if is_blank(value):
                if is_nonempty(value):
                    self.ledger.mark(r, c, IGNORED, "not_reported")
            elif col.kind == "stt":
                self.ledger.mark(r, c, LABEL, "stt")
            elif col.kind == "note" or not is_number_like(value):
                self.ledger.mark(r, c, IGNORED, "note_column" if col.kind == "note" else "text_column")
            else:
                self.pending.setdefault(c, []).append((r, c))

    def rejects(self) -> list[Reject]:
        out: list[Reject] = []
        for c, cells in self.pending.items():
            col = self.columns[c]
            r, cc = col.header_cell or cells[0]
            out.append(Reject.of("unmapped_column", self.grid.sheet.name, r + 1, a1(r, cc), col.title or None,
                                 header=col.title or "(không có tiêu đề)"))
            self.ledger.mark_open(r, cc, REJECT, "reject")
            for rr, c2 in cells:
                self.ledger.mark(rr, c2, REJECT, "reject")
        return out
