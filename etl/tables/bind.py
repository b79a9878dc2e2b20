"""Bindings: what each value cell of a table means, from its row, its column and the sheet's context.

A fact needs a unit, a metric, a year and a role (value, numerator, denominator). Each can come from the
cell's row (its label and the labels of its ancestors), its column (its header path) or the context (title
block, sheet name, file name, --year/--unit). Every table shape is one way of assigning them:

| binding    | unit from                                   | metric and role from            | year from            |
|------------|---------------------------------------------|---------------------------------|----------------------|
| wide       | rows (communes, districts named by their    | column path                     | column path, a "Năm" |
|            | party committee, agencies, "Toàn huyện")    |                                 | column, or context   |
| transposed | columns ("Toàn huyện", communes "Chia ra")  | row path                        | column path, context |
| vertical   | context (the title: "ĐẢNG ỦY XÃ LONG SƠN")  | row path, role from the column  | column path, context |
|            |                                             | ("Số lượng", "Tỷ lệ", "Tổng số")|                      |
| long       | unit columns (Tỉnh, Huyện, Xã), or context  | a metric column; value, numera- | a year column, or    |
|            |                                             | tor and denominator columns     | context              |

Year groups ("Năm 2022" | "Năm 2023" over the same sub-columns) and province summaries (rows named by the
district's party committee) are no bindings of their own: a column path may name a year, a row may name a
district. ``read_table`` scores wide, transposed and vertical by the value cells each explains and reads the
table with the best. Every cell read is marked in the sheet's ledger; every figure becomes a ``Candidate``
(etl.tables.assemble turns candidates into facts, or into conflicts); every problem a reject record at the cell that
explains it (a unit name, an indicator, a header), covering the cells it keeps out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from etl.reading.cells import is_nonempty
from etl.reference.bounds import LISTED
from etl.reference.catalog import Catalog, ColumnMatch
from etl.reference.text import fold
from etl.reference.units import Match, UnitIndex
from etl.reference.values import Parsed, ValueProblem, is_blank, parse_value
from etl.tables.checks import value_problem
from etl.tables.context import Scope
from etl.tables.ledger import FACT, IGNORED, LABEL, REJECT, SheetLedger
from etl.tables.records import Reject, RejectLog, a1
from etl.tables.row_units import UnitResolver
from etl.tables.sheet_tools import Grid, is_word, text
from etl.tables.table import Column, RowInfo, Table

_TOTAL_PREFIXES = ("tổng cộng", "toàn huyện", "toàn tỉnh", "cộng toàn", "tổng toàn", "toàn đảng bộ", "toàn thị xã",
                   "toàn thành phố", "toàn quận", "toàn xã")
_RATE_MEASURES = ("%", "tỷ lệ", "tỷ lệ %", "tỉ lệ")


@dataclass(slots=True)
class Candidate:
    """One cell that gives (part of) a figure: its unit, year, metric and role, and the number it holds."""

    unit_key: str
    unit_label: str  # the unit as typed, for messages
    year: int
    metric: str
    role: str  # value | numerator | denominator
    parsed: Parsed
    raw: object  # the cell as read
    ledger: SheetLedger
    sheet: str
    row: int  # 0-based
    col: int

    @property
    def cell(self) -> str:
        return a1(self.row, self.col)

    @property
    def typed(self) -> str:
        """The cell as typed (for messages and the fact's value_text)."""
        return text(self.raw)


@dataclass
class SheetContext:
    grid: Grid
    ledger: SheetLedger
    catalog: Catalog
    index: UnitIndex
    year: int | None  # the context year (title, sheet or file name, --year)
    scope: Scope | None  # the reporting unit (title, sheet or file name, --unit)
    max_year: int
    resolvers: dict[int, UnitResolver] = field(default_factory=dict)

    @property
    def sheet(self) -> str:
        return self.grid.sheet.name

    def resolver(self, year: int | None) -> UnitResolver | None:
        if self.scope is None or year is None:
            return None
        r = self.resolvers.get(year)
        if r is None:
            r = self.resolvers[year] = UnitResolver(self.index, self.scope, year)
        return r


@dataclass
class TableResult:
    binding: str = ""
    candidates: list[Candidate] = field(default_factory=list)
    rejects: RejectLog = field(default_factory=RejectLog)
    unmapped: list[str] = field(default_factory=list)  # "Sheet!F: header text"
    unmapped_cells: list[tuple[str, str, str]] = field(default_factory=list)  # (sheet, header cell, header text)
    hidden_twins: list[str] = field(default_factory=list)  # "Sheet!F: header (G)": hidden, G shown and read
    years: set[int] = field(default_factory=set)
    resolvers: list[UnitResolver] = field(default_factory=list)  # of rows whose own columns name the unit
    broken: set[tuple[str, int, str]] = field(default_factory=set)  # (unit, year, metric) with an unreadable count
    # a typed rate rejected, by its figure: if the counts beside it make the rate, its reject says so (etl.tables.parse)
    rejected_rates: dict[tuple[str, int, str], Reject] = field(default_factory=dict)


def is_total_label(label: str) -> bool:
    return is_word(label, "total_row") or fold(label).startswith(_TOTAL_PREFIXES)


# A row closing a block of the table with its subtotal: "Cộng khối xã, thị trấn", "Tổng khối cơ quan", "Cộng (I)"
# — not a unit and not the reporting unit's total ("Tổng cộng (I + II)").
_SUBTOTAL = re.compile(r"^(?:cộng|tổng|tổng cộng|cộng chung|tổng số)\s+(?:khối|nhóm|cụm|các\s+(?:xã|đơn vị|chi bộ|cơ quan)"
                       r"|(?:\(\s*)?(?:i{1,3}|iv|vi{0,3}|ix|[a-d])(?:\s*\))?$)")


def is_subtotal_label(label: str) -> bool:
    return bool(_SUBTOTAL.match(fold(label)))


def role_word(labels: tuple[str, ...]) -> str | None:
    """What a column header says about its cells when the rows name the metric: amount, rate or total."""
    if not labels:
        return "amount"
    leaf = labels[-1]
    for role, word in (("rate_header", "rate"), ("total_header", "total"), ("amount_header", "amount")):
        if is_word(leaf, role):
            return word
    return None


def col_letter(c: int) -> str:
    return a1(0, c)[:-1]


def read_table(ctx: SheetContext, table: Table, rejects: RejectLog | None = None) -> TableResult:
    """Read a table of figures with the binding that explains the most value cells (rejects into ``rejects``,
    the file's log, when given)."""
    out = TableResult() if rejects is None else TableResult(rejects=rejects)
    _mark_frame(ctx, table)
    _mark_plain_rows(ctx, table)
    wide = _WideReader(ctx, table, out)
    wide_score = wide.score()
    if wide_score and wide.every_row_a_unit:  # rows that all name units name no metric: nothing to compare
        out.binding = "wide"
        wide.read()
        return out
    rows = _RowMetricReader(ctx, table, out)
    transposed, vertical = rows.scores()
    choices = [(wide_score, 3, "wide", wide.read), (transposed, 2, "transposed", rows.read_transposed),
               (vertical, 1, "vertical", rows.read_vertical)]
    _, _, out.binding, read = max(choices, key=lambda s: (s[0], s[1]))
    read()
    return out


def _mark_frame(ctx: SheetContext, table: Table) -> None:
    """Header rows are labels (the own label of a value column is left to the reader: it may be the cell of
    a reject); so are the rows between the header and the first data row (numbering)."""
    led = ctx.ledger
    leaves = {col.header_cell for col in table.columns.values() if col.kind == "value" and col.header_cell}
    for r in range(table.top, table.bottom + 1):
        for c in range(ctx.grid.width):
            if (r, c) not in leaves:
                led.mark_open(r, c, LABEL, "header")
    led.mark_rows(table.bottom + 1, table.first, LABEL, "numbering")


def _mark_plain_rows(ctx: SheetContext, table: Table) -> None:
    for info in table.rows:
        if info.kind == "numbering":
            ctx.ledger.mark_rows(info.row, info.row + 1, LABEL, "numbering")
        elif info.kind == "note":
            ctx.ledger.mark_rows(info.row, info.row + 1, IGNORED, "note")


_LABEL_REASONS = {"stt": "stt", "measure": "measure", "rank": "rank", "year": "year", "code": "unit_code"}


def _mark_row_labels(ctx: SheetContext, table: Table, info: RowInfo, label_reason: str | None) -> None:
    """The label cells of a data row: STT, measure, code, rank and year are labels, notes are ignored; the
    row label itself too unless ``label_reason`` is None (it is then the cell of a reject)."""
    led = ctx.ledger
    for c, col in table.columns.items():
        if col.kind == "value":
            continue
        if c == table.label_col:
            if label_reason is not None:
                led.mark(info.row, c, LABEL, label_reason)
        elif col.kind == "note":
            led.mark(info.row, c, IGNORED, "note_column")
        elif col.kind == "qualifier":  # read with the figure beside it (_WideReader), else a note beside a row
            led.mark_open(info.row, c, IGNORED, "note_column")
        else:
            led.mark(info.row, c, LABEL, _LABEL_REASONS.get(col.kind, "unit_code"))


class CellReader:
    def __init__(self, ctx: SheetContext, table: Table, out: TableResult) -> None:
        self.ctx = ctx
        self.table = table
        self.out = out
        self.grid = ctx.grid
        self.catalog: Catalog = ctx.catalog
        self.value_cols = table.value_cols
        self.pending: dict[int, list[tuple[int, int]]] = {}  # cells of value columns that cannot be read
        self.year_cols = [c for c, column in table.columns.items() if column.kind == "year"]
        self.qualifier_cols: list[tuple[int, int | None]] | None = None  # _WideReader._qualifiers

    def row_year(self, info: RowInfo, col: Column | None) -> tuple[int | None, tuple[int, int] | None]:
        """The year of a cell: its column's year group, else the row's "Năm" cell, else the context.
        (year, None), or (None, the year cell that is not a year)."""
        if col is not None and col.year is not None:
            return col.year, None
        for c in self.year_cols:
            raw = self.grid.raw(info.row, c)
            if not is_blank(raw):
                try:
                    y = int(float(text(raw)))
                except ValueError:
                    return None, (info.row, c)
                return (y, None) if 2000 <= y <= self.ctx.max_year else (None, (info.row, c))
        return self.ctx.year, None

    def candidate(self, r: int, c: int, unit_key: str, unit_label: str, year: int, metric: str, role: str,
                  rate_column: bool = False) -> None:
        raw = self.grid.raw(r, c)
        if is_blank(raw):
            if is_nonempty(raw):
                self.ctx.ledger.mark(r, c, IGNORED, "not_reported")
            return
        kind = self.catalog.kind(metric) if role == "value" else "count"
        if rate_column and kind == "count":
            self.reject_cell(r, c, "percent_for_count", metric=self.catalog.metrics[metric].label_vi)
            return
        try:
            parsed = parse_value(raw, kind, role == "value" and self.grid.sheet.shows_percent(r, c, raw), metric)
        except ValueProblem as problem:
            fields = {k: v for k, v in problem.fields.items() if k != "value"}
            if "metric" in fields:
                fields["metric"] = self.catalog.metrics[metric].label_vi
            reject = self.reject_cell(r, c, problem.code, **fields)
            if role != "value":  # the other count is no use alone; the typed rate still stands
                self.out.broken.add((unit_key, year, metric))
            elif reject is not None and kind == "pct":
                self.out.rejected_rates[(unit_key, year, metric)] = reject
            return
        if parsed is None:  # parse_value gives a value or a problem
            raise RuntimeError(f"cell {a1(r, c)}: no value and no problem")
        if role != "value" and parsed.qualifier is not None:  # "khoảng 300" makes no rate: a count must be exact
            self.reject_cell(r, c, "not_a_number")
            self.out.broken.add((unit_key, year, metric))
            return
        problem_ = value_problem(parsed.value, kind) if parsed.numerator is None else None
        if problem_ is not None:
            reject = self.reject_cell(r, c, problem_[0], **problem_[1])
            if reject is not None and role == "value" and kind == "pct":
                self.out.rejected_rates[(unit_key, year, metric)] = reject
            return
        self.out.years.add(year)
        self.out.candidates.append(Candidate(unit_key, unit_label, year, metric, role, parsed, raw,
                                             self.ctx.ledger, self.ctx.sheet, r, c))

    def apply_qualifier(self, r: int, c: int, target: Candidate | None, start: int) -> None:
        """A qualifier column's cell (r, c) ("trên", "dưới", "khoảng": etl.reference.bounds.LISTED) gives the
        figure ``target`` beside it its bound; a word off the list, or a qualifier with no figure, is a reject at
        its cell (a figure whose qualifier cannot be read is kept out: whether it is exact is unknown). ``start``:
        where the row's candidates begin, so that finding ``target`` looks at its row's, not at the sheet's."""
        raw = self.grid.raw(r, c)
        if is_blank(raw):
            if is_nonempty(raw):
                self.ctx.ledger.mark(r, c, IGNORED, "not_reported")
            return
        qualifier = LISTED.get(fold(text(raw)))
        if qualifier is None or (target is not None and target.parsed.qualifier not in (None, qualifier)):
            self.reject_cell(r, c, "template_bad_qualifier", value=text(raw))
            if target is not None:
                del self.out.candidates[self.out.candidates.index(target, start)]
                self.reject_cell(target.row, target.col, "template_figure_of_bad_qualifier", ref=a1(r, c))
            return
        if target is None:
            self.reject_cell(r, c, "template_qualifier_alone", value=text(raw))
            return
        self.ctx.ledger.mark(r, c, FACT, "fact")
        i = self.out.candidates.index(target, start)
        self.out.candidates[i] = replace(target, parsed=replace(target.parsed, qualifier=qualifier))

    def reject_cell(self, r: int, c: int, code: str, /, **fields: object) -> Reject | None:
        """The reject of one cell (the record, when it is kept)."""
        log = self.out.rejects
        reject = None
        if log.full:
            log.count(code)
        else:
            reject = Reject.of(code, self.ctx.sheet, r + 1, a1(r, c), text(self.grid.raw(r, c)), **fields)
            log.append(reject)
        self.ctx.ledger.mark(r, c, REJECT, "reject")
        return reject

    def reject_at(self, where: tuple[int, int], code: str, covered: list[tuple[int, int]], /,
                  **fields: object) -> None:
        """One reject record at ``where`` (a unit name, an indicator, a header cell) that keeps ``covered`` out."""
        r, c = where
        log = self.out.rejects
        if log.full:
            log.count(code)
        else:
            typed = text(self.grid.raw(r, c)) or None
            log.append(Reject.of(code, self.ctx.sheet, r + 1, a1(r, c), typed, **fields))
        led = self.ctx.ledger
        led.mark_open(r, c, REJECT, "reject")
        for rr, cc in covered:
            raw = self.grid.raw(rr, cc)
            if is_blank(raw):
                if is_nonempty(raw):
                    led.mark(rr, cc, IGNORED, "not_reported")
            else:
                led.mark(rr, cc, REJECT, "reject")

    def data_rows(self, readable: set[int] | dict[int, object]) -> Iterator[tuple[int, RowInfo, list[int]]]:
        """The data and group rows of the table, each with its filled cells in ``readable`` columns; "x"/"-"
        cells are marked not reported, and the filled cells of other value columns are kept in
        ``self.pending`` (rejected with their column's header at the end)."""
        for i, info in enumerate(self.table.rows):
            if info.kind not in ("data", "group"):
                continue
            r = info.row
            filled = self.scan(r, self.value_cols)
            for c in filled:
                if c not in readable:
                    self.pending.setdefault(c, []).append((r, c))
            yield i, info, [c for c in filled if c in readable]

    def filled(self, r: int, cols: list[int]) -> list[int]:
        """The columns of ``cols`` whose cell of row ``r`` holds something (a number first: most cells do)."""
        return self.scan(r, cols, mark=False)

    def scan(self, r: int, cols: list[int], mark: bool = True) -> list[int]:
        """The columns of ``cols`` whose cell of row ``r`` holds something; with ``mark``, the "x"/"-" cells among
        them marked not reported in the same pass over the row."""
        rows = self.grid.rows
        row = rows[r] if r < len(rows) else ()
        n = len(row)
        out = []
        for c in cols:
            if c < n:
                raw = row[c]
                if raw is None:
                    continue
                if type(raw) is int or (type(raw) is float and raw == raw):
                    out.append(c)
                elif not is_blank(raw):
                    out.append(c)
                elif mark and is_nonempty(raw):
                    self.ctx.ledger.mark(r, c, IGNORED, "not_reported")
        return out

    def mark_not_reported(self, r: int, cols: list[int]) -> None:
        for c in cols:
            raw = self.grid.raw(r, c)
            if is_blank(raw) and is_nonempty(raw):
                self.ctx.ledger.mark(r, c, IGNORED, "not_reported")

    def match(self, path: tuple[str, ...]) -> ColumnMatch:
        return self.catalog.match_header(path)

    def unmapped(self, col: Column) -> None:
        """A column whose header names no metric: listed in the summary, and marked on the annotated copy."""
        title = col.title or "(không có tiêu đề)"
        self.out.unmapped.append(f"{self.ctx.sheet}!{col_letter(col.col)}: {title}")
        if col.header_cell is not None:
            self.out.unmapped_cells.append((self.ctx.sheet, a1(*col.header_cell), title))

    def header_problem(self, col: Column, cells: list[tuple[int, int]], code: str, /, **fields: object) -> None:
        """A column whose cells cannot be read (it names no metric, or the same one as another column):
        one reject at its header cell, covering its cells."""
        where = col.header_cell or (cells[0] if cells else None)
        if where is None:
            return
        if cells or col.header_cell is None:
            self.reject_at(where, code, [x for x in cells if x != where], header=col.title or "(không có tiêu đề)",
                           **fields)
        else:
            self.ctx.ledger.mark_open(*where, LABEL, "header")


class _WideReader(CellReader):
    """Rows name units; columns name metrics (and years)."""

    def __init__(self, ctx: SheetContext, table: Table, out: TableResult) -> None:
        super().__init__(ctx, table, out)
        self.col_match = {c: self.match(table.columns[c].labels) for c in self.value_cols}
        self.columns: dict[int, tuple[str, str, int | None]] = {}  # readable columns: (metric, role, year)
        self.every_row_a_unit = False
        self.duplicates: dict[int, list[int]] = {}
        named: dict[tuple[str, str, int | None], list[int]] = {}
        for c, m in self.col_match.items():
            if m.metric and m.role:
                named.setdefault((m.metric, m.role, table.columns[c].year), []).append(c)
        self.last_header = max((c for c, col in table.columns.items() if col.path), default=-1)
        self._row_roles: dict[int, str | None] = {}
        hidden = self.grid.sheet.hidden_cols
        self.hidden_twins: dict[int, int] = {}  # a hidden column -> the visible one that claims its figure
        for key, cols in named.items():
            shown = [c for c in cols if c not in hidden]
            if len(cols) > 1 and len(shown) == 1:  # a hidden draft or copy beside the column the clerk shows
                self.columns[shown[0]] = key
                self.hidden_twins.update({c: shown[0] for c in cols if c != shown[0]})
            elif len(cols) == 1:
                self.columns[cols[0]] = key
            else:  # two columns naming one metric, role and year: a header problem, never merged
                for c in cols:
                    self.duplicates[c] = cols

    def label_of(self, info: RowInfo) -> str:
        c = self.table.label_col
        if c is None:
            return ""
        label = text(self.grid.raw(info.row, c))
        if not label and self.grid.is_merged_child(info.row, c):  # a unit's name merged over its rows
            label = text(self.grid.shown(info.row, c))
        return label

    def row_role(self, r: int) -> str | None:
        """A row that says which count of its unit's rates it holds, in a column of its own ("Nội dung":
        "Tổng số" on one row, "Đã đăng ký" on the next, under rate columns): that role."""
        if r not in self._row_roles:
            found = None
            for c, value in self.grid.text_cells(r):
                if c in self.table.columns and c != self.table.label_col and c not in self.columns:
                    for word, role in (("row_denominator", "denominator"), ("row_numerator", "numerator"),
                                       ("rate_header", "value")):
                        if is_word(value, word):
                            found = role
                            break
                if found:
                    break
            self._row_roles[r] = found
        return self._row_roles[r]

    def _years(self) -> list[int]:
        years = {y for _, _, y in self.columns.values() if y is not None}
        if self.ctx.year is not None and (not years or any(y is None for _, _, y in self.columns.values())):
            years.add(self.ctx.year)
        return sorted(years)

    def score(self) -> int:
        years = self._years()
        resolver = self.ctx.resolver(years[0]) if years else None
        if not self.columns or resolver is None:
            return 0
        cols = list(self.columns)
        group = None
        n = 0
        self.every_row_a_unit = True
        for info in self.table.rows:
            if info.kind == "group":
                group = info.label
            elif info.kind == "data":
                cells = len(self.filled(info.row, cols))
                label = self.label_of(info)
                if cells and label and (is_total_label(label) or resolver.resolve(label, group, dry=True).unit_key):
                    n += cells
                elif cells:
                    self.every_row_a_unit = False
        return n

    def read(self) -> None:
        ctx, table = self.ctx, self.table
        names = [self.label_of(i) for i in table.rows if i.kind == "data" and self.label_of(i)]
        for year in self._years():
            resolver = ctx.resolver(year)
            if resolver is not None:
                resolver.prepare(names)
        group: str | None = None
        for _, info, readable in self.data_rows(self.columns):
            r = info.row
            if info.kind == "group":
                group = info.label or self.label_of(info)
                _mark_row_labels(ctx, table, info, "group_row")
                for c in readable:
                    self.reject_cell(r, c, "group_subtotal", group=group)
                continue
            label = self.label_of(info)
            if label and is_subtotal_label(label):  # a block's subtotal: its units are read on their own rows
                _mark_row_labels(ctx, table, info, "group_row")
                for c in readable:
                    self.reject_cell(r, c, "group_subtotal", group=label)
                continue
            if self.grid.sheet.is_text and any(c > self.last_header for c in self.filled(r, self.value_cols)):
                # a CSV row wider than its header: a decimal comma in a comma-separated file shifts its cells
                filled = self.filled(r, self.value_cols)
                for c in filled:
                    if self.pending.get(c) and self.pending[c][-1] == (r, c):
                        self.pending[c].pop()
                _mark_row_labels(ctx, table, info, None)
                self.reject_at((r, table.label_col or 0), "row_shifted", [(r, c) for c in filled])
                continue
            if not readable:
                _mark_row_labels(ctx, table, info, "unit_name")  # a unit that reported nothing
            elif not label:
                _mark_row_labels(ctx, table, info, None)
                self.reject_at((r, table.label_col or 0), "missing_unit_name", [(r, c) for c in readable])
            else:
                self._read_row(info, label, group, readable)
        for c in self.value_cols:
            col = table.columns[c]
            if c in self.columns:
                if col.header_cell is not None:
                    ctx.ledger.mark_open(*col.header_cell, LABEL, "header")
                continue
            if c in self.hidden_twins:
                if col.header_cell is not None:
                    ctx.ledger.mark_open(*col.header_cell, LABEL, "header")
                for r in range(table.first, table.end):
                    ctx.ledger.mark_open(r, c, IGNORED, "hidden_twin")
                self.out.hidden_twins.append(f"{self.ctx.sheet}!{col_letter(c)}: {col.title} "
                                             f"({col_letter(self.hidden_twins[c])})")
                continue
            self.unmapped(col)
            if c in self.duplicates:
                others = ", ".join(f"{col_letter(o)} ({table.columns[o].title})" for o in self.duplicates[c] if o != c)
                self.header_problem(col, self.pending.get(c, []), "duplicate_column", others=others)
            else:
                self.header_problem(col, self.pending.get(c, []), "unmapped_column",
                                    **self.catalog.suggestion(col.labels, self.col_match[c].ambiguous))

    def _read_row(self, info: RowInfo, label: str, group: str | None, readable: list[int]) -> None:
        ctx = self.ctx
        r = info.row
        unit_cell = (r, self.table.label_col or 0)
        by_year: dict[int | None, list[int]] = {}
        bad_year: list[tuple[int, int]] = []
        for c in readable:
            year, bad = self.row_year(info, self.table.columns[c])
            if bad is not None:
                bad_year.append((r, c))
                continue
            by_year.setdefault(year, []).append(c)
        if bad_year:  # the row's "Năm" cell is not a year: one reject there, covering its figures
            _, at = self.row_year(info, None)
            self.reject_at(at or bad_year[0], "bad_year", bad_year, max_year=ctx.max_year)
        label_rejected = False
        for year, cols in by_year.items():
            if year is None:
                self.reject_at(unit_cell, "bad_year", [(r, c) for c in cols], max_year=ctx.max_year)
                label_rejected = True
                continue
            resolver = ctx.resolver(year)
            if resolver is None:
                raise RuntimeError(f"no unit resolver for {year}")
            if is_total_label(label):
                version = ctx.index.version(resolver.scope.unit_key, year) or resolver.scope.version
                unit_key, unit_label = resolver.scope.unit_key, version.name
            else:
                match = resolver.resolve(label, group)
                if match.unit_key is None:
                    known = match.fields if self.out.rejects.full else resolver.details(match)
                    fields = {"year": year, **known, "value": label}
                    if label_rejected:  # the name is unknown in a second year group too: its cells only
                        self.reject_at((r, cols[0]), match.problem or "unknown_unit", [(r, c) for c in cols[1:]],
                                       **fields)
                    else:
                        self.reject_at(unit_cell, match.problem or "unknown_unit", [(r, c) for c in cols], **fields)
                        label_rejected = True
                    continue
                unit_key, unit_label = match.unit_key, label
            says = self.row_role(r)
            before = len(self.out.candidates)
            for c in cols:
                metric, role, _ = self.columns[c]
                if says is not None and role == "value" and self.catalog.kind(metric) == "pct":
                    role = says  # the row's "Tổng số" / "Đã đăng ký" under a rate column: that count
                self.candidate(r, c, unit_key, unit_label, year, metric, role)
            self._qualifiers(r, year, before)
        _mark_row_labels(ctx, self.table, info, None if label_rejected else "unit_name")

    def _qualifiers(self, r: int, year: int, before: int) -> None:
        """A "Mức (trên, dưới, khoảng)" column (a template's, read without its fingerprint, or a clerk's own)
        qualifies the value column nearest left of it under the same group header (none for a flat header), with
        no other qualifier column between them."""
        if self.qualifier_cols is None:  # once a table: (qualifier column, the value column it qualifies)
            self.qualifier_cols, after = [], -1
            for c, col in sorted(self.table.columns.items()):
                if col.kind != "qualifier":
                    continue
                self.qualifier_cols.append((c, max((v for v in self.columns if after < v < c
                                                    and self.table.columns[v].path[:-1] == col.path[:-1]
                                                    and self.columns[v][1] == "value"), default=None)))
                after = c
        for c, left in self.qualifier_cols:
            made = self.out.candidates[before:]  # this row's figures (a bad qualifier takes its figure out)
            target = next((k for k in made if k.col == left and k.year == year), None) if left is not None else None
            self.apply_qualifier(r, c, target, before)


class _RowMetricReader(CellReader):
    """Rows name metrics. Columns name units (transposed) or the role of the row's figure (vertical)."""

    def __init__(self, ctx: SheetContext, table: Table, out: TableResult) -> None:
        super().__init__(ctx, table, out)
        self.words = {c: role_word(table.columns[c].labels) for c in self.value_cols}
        self.rate_cols = [c for c in self.value_cols if self.words[c] == "rate"]
        self._row_match: dict[int, ColumnMatch | None] = {}
        self._cell_cache: dict[tuple[int, int], tuple[str | None, str]] = {}
        self.units = self._column_units()

    # -- rows ----------------------------------------------------------------------------------------------
    def row_match(self, i: int) -> ColumnMatch | None:
        if i not in self._row_match:
            self._row_match[i] = self._match_row(i)
        return self._row_match[i]

    def _match_row(self, i: int) -> ColumnMatch | None:
        path = self.table.path_of(i)
        if not path:
            return None
        found = self.match(path)
        if not found.metric and len(path) > 1:
            found = self.match(path[-1:])
        if not found.metric:  # "Tổng số đảng viên", then "Số đăng ký" and "Tỷ lệ (%)" in the rows below it
            previous = next((j for j in range(i - 1, -1, -1) if self.table.rows[j].kind == "data"), None)
            denominator = self.row_match(previous) if previous is not None else None
            if denominator is not None and denominator.role == "denominator":
                found = self.match((self.table.rows[previous].label, path[-1]))  # type: ignore[index]
                if found.metric != denominator.metric:
                    return None
        return found if found.metric and found.role else None

    def measure(self, info: RowInfo) -> str:
        for c, col in self.table.columns.items():
            if col.kind == "measure":
                return fold(self.grid.raw(info.row, c))
        return ""

    # -- columns -------------------------------------------------------------------------------------------
    def _column_units(self) -> dict[int, str]:
        """Value columns that name a unit (transposed): col -> the unit's name as typed ("Toàn huyện",
        "Xã Long Sơn" under "Chia ra")."""
        out: dict[int, str] = {}
        for c in self.value_cols:
            labels = tuple(lb for lb in self.table.columns[c].labels if not is_word(lb, "split_header"))
            if labels and role_word(labels) in (None, "total") and not self.match(labels).metric:
                out[c] = labels[-1]
        return out

    def _unit_of(self, leaf: str, year: int, dry: bool = True) -> tuple[str, str] | Match | None:
        resolver = self.ctx.resolver(year)
        if resolver is None:
            return None
        if is_total_label(leaf) or is_word(leaf, "total_header"):
            version = self.ctx.index.version(resolver.scope.unit_key, year) or resolver.scope.version
            return resolver.scope.unit_key, version.name
        match = resolver.resolve(leaf, None, dry=dry)
        if match.unit_key and (match.version is not None or not dry):
            return match.unit_key, leaf
        return match

    def scores(self) -> tuple[int, int]:
        if self.ctx.scope is None:
            return 0, 0
        year = self.ctx.year or next((self.table.columns[c].year for c in self.value_cols
                                      if self.table.columns[c].year), None)
        if year is None:
            return 0, 0
        known = [c for c, leaf in self.units.items() if isinstance(self._unit_of(leaf, year), tuple)]
        role_cols = [c for c in self.value_cols if c not in known] if len(known) >= 2 else self.value_cols
        transposed = vertical = 0
        for i, info in enumerate(self.table.rows):
            if info.kind not in ("data", "group"):
                continue
            if self.row_match(i) is not None:
                transposed += len(self.filled(info.row, known))
            vertical += sum(1 for c in self.filled(info.row, role_cols) if self.cell_metric(i, c)[0])
        return (transposed if len(known) >= 2 else 0), vertical

    def _metric_row(self, i: int, info: RowInfo, filled: list[int]) -> ColumnMatch | None:
        """The row's metric; marks its labels (an unknown indicator with figures is a reject)."""
        if not filled:
            _mark_row_labels(self.ctx, self.table, info, "indicator" if info.kind == "data" else "group_row")
            return None
        found = self.row_match(i)
        if found is None:
            _mark_row_labels(self.ctx, self.table, info, None)
            self.reject_at((info.row, self.table.label_col or 0), "unknown_metric",
                           [(info.row, c) for c in filled], value=info.label)
            return None
        _mark_row_labels(self.ctx, self.table, info, "indicator")
        return found

    # -- transposed ----------------------------------------------------------------------------------------
    def read_transposed(self) -> None:
        ctx, table = self.ctx, self.table
        units: dict[tuple[int, int], tuple[str, str] | Match | None] = {}
        pending = self.pending
        for i, info, cells in self.data_rows(self.units):
            r = info.row
            found = self._metric_row(i, info, cells)
            if found is None:
                continue
            if not (found.metric and found.role):
                raise RuntimeError(f"row {r + 1}: a metric row without its metric or role")
            role = found.role
            if self.measure(info) in _RATE_MEASURES and self.catalog.kind(found.metric) == "pct":
                role = "value"
            for c in cells:
                year, bad = self.row_year(info, table.columns[c])
                if year is None:
                    self.reject_at(bad or (r, c), "bad_year", [(r, c)], max_year=ctx.max_year)
                    continue
                unit = units.get((c, year))
                if (c, year) not in units:
                    unit = units[(c, year)] = self._unit_of(self.units[c], year, dry=False)
                if not isinstance(unit, tuple):
                    pending.setdefault(c, []).append((r, c))
                    continue
                self.candidate(r, c, unit[0], unit[1], year, found.metric, role)
        for c in self.value_cols:
            col = table.columns[c]
            cells = pending.get(c, [])
            if c not in self.units:
                self.unmapped(col)
                self.header_problem(col, cells, "unmapped_column")
                continue
            problems = [u for (cc, _), u in units.items() if cc == c and not isinstance(u, tuple)]
            if problems and cells:
                match = problems[0]
                resolver = ctx.resolver(ctx.year or col.year)
                fields = dict(resolver.details(match)) if isinstance(match, Match) and resolver else {}
                where = col.header_cell or cells[0]
                self.reject_at(where, (match.problem if isinstance(match, Match) else None) or "unknown_unit",
                               [x for x in cells if x != where],
                               **{"year": ctx.year, **fields, "value": self.units[c]})
            elif col.header_cell is not None:
                ctx.ledger.mark_open(*col.header_cell, LABEL, "unit_name")

    # -- vertical ------------------------------------------------------------------------------------------
    def read_vertical(self) -> None:
        ctx, table = self.ctx, self.table
        scope = ctx.scope
        if scope is None:
            raise RuntimeError("a unit's vertical report read without its unit")
        usable = self._usable_columns()
        for i, info, cells in self.data_rows(usable):
            r = info.row
            roles = {c: self.cell_metric(i, c) for c in cells}
            if not cells:
                _mark_row_labels(ctx, table, info, "indicator" if info.kind == "data" else "group_row")
                continue
            if all(metric is None for metric, _ in roles.values()):
                _mark_row_labels(ctx, table, info, None)
                self.reject_at((r, table.label_col or 0), "unknown_metric", [(r, c) for c in cells], value=info.label)
                continue
            _mark_row_labels(ctx, table, info, "indicator")
            keys: dict[tuple[str, str, int], list[int]] = {}
            for c in cells:
                col = table.columns[c]
                metric, role = roles[c]
                if metric is None:
                    self.reject_cell(r, c, "unmapped_cell", header=col.title, indicator=info.label)
                    continue
                year, bad = self.row_year(info, col)
                if year is None:
                    self.reject_at(bad or (r, c), "bad_year", [(r, c)], max_year=ctx.max_year)
                    continue
                keys.setdefault((metric, role, year), []).append(c)
            for (metric, role, year), cols in keys.items():
                if len(cols) > 1:  # two columns of one row for the same figure: a header problem
                    for c in cols:
                        others = ", ".join(col_letter(o) for o in cols if o != c)
                        self.reject_cell(r, c, "duplicate_column", header=table.columns[c].title, others=others)
                    continue
                version = ctx.index.version(scope.unit_key, year) or scope.version
                self.candidate(r, cols[0], scope.unit_key, version.name, year, metric, role,
                               rate_column=self.words[cols[0]] == "rate")
        for c in self.value_cols:
            col = table.columns[c]
            if c in usable:
                if col.header_cell is not None:
                    ctx.ledger.mark_open(*col.header_cell, LABEL, "header")
                continue
            self.unmapped(col)
            self.header_problem(col, self.pending.get(c, []), "unmapped_column")

    def _usable_columns(self) -> set[int]:
        """Columns whose header says a role (Số lượng, Tỷ lệ, Tổng số), names a year only, or reads with the
        rows' indicators as one path ("Đảng viên" over "Đã đăng ký")."""
        out = set()
        for c in self.value_cols:
            if self.words[c] is not None:
                out.add(c)
                continue
            labels = self.table.columns[c].labels
            if not self.match(labels).metric and any(
                    info.kind == "data" and self.match((*self.table.path_of(i), *labels)).metric
                    for i, info in enumerate(self.table.rows)):
                out.add(c)
        return out

    def cell_metric(self, i: int, c: int) -> tuple[str | None, str]:
        """The metric and role of a cell whose row names the metric and whose column names the role, or that
        row and column name together ("Đảng viên" and "Đã đăng ký")."""
        key = (i, c)
        cached = self._cell_cache.get(key)
        if cached is None:
            cached = self._cell_cache[key] = self._cell_metric(i, c)
        return cached

    def _cell_metric(self, i: int, c: int) -> tuple[str | None, str]:
        col = self.table.columns[c]
        word = self.words[c]
        found = self.row_match(i)
        if col.labels and word != "amount" and not self.match(col.labels).metric:
            # (a column that names a metric by itself is a column of a wide table, not a role)
            both = self.match((*self.table.path_of(i), *col.labels))
            if both.metric and both.role:
                return both.metric, both.role
        if found is None or word is None:
            return None, "value"
        if not (found.metric and found.role):
            raise RuntimeError("a metric found without its metric or role")
        metric, role = found.metric, found.role
        info = self.table.rows[i]
        if self.catalog.kind(metric) == "count":
            return metric, "value"
        if word == "rate" or self.measure(info) in _RATE_MEASURES:
            return metric, "value"
        if word == "total":
            return metric, "denominator"
        if role == "value" and any(not is_blank(self.grid.raw(info.row, rc)) for rc in self.rate_cols):
            return metric, "numerator"  # "Tỷ lệ ... đăng ký": the count beside the typed rate
        return metric, role
