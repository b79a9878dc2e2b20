"""Templates sent out and recognised when they come back (issue #27).

A template the product sends (etl.publishing.templates) carries a hidden sheet, its *fingerprint*: cell A1 says
what it is (``FINGERPRINT_MARK``), B1 the template version, B2 a JSON object with the send id, the reporting unit
and year, the data sheet's name and position, its header rows, and every unit row (row, unit key, code, name as
sent) and input column (column, metric, role) of the table. A returned workbook that has it is read from it,
before any heuristic: the unit, the year and every column are known, so a renamed file or sheet changes nothing.

``read_fingerprint`` finds it in a read document; ``read_template`` reads the data sheet with it:
- a year or unit given by the person loading (--year/--unit, the desk), or written in the title block, that is
  not the template's is a refusal naming both;
- a unit row whose name or code is not what was sent is a reject at that cell (its figures kept out);
- every input cell is read by the same checks as any table's (etl.tables.bind.CellReader); a qualifier column
  ("trên", "dưới", "khoảng") gives the figure beside it its bound;
- last year's figures (for reference) and the fingerprint itself are ignored with their reason in the ledger.

A workbook whose fingerprint was lost (the sheet copied into a new workbook) has none: it is read by the ordinary
reader, whose layout words ignore the reference and qualifier columns (data/layout_words.csv).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from etl.reading.readers import Document, Sheet
from etl.reference.bounds import LISTED
from etl.reference.catalog import Catalog
from etl.reference.text import fold, nfc
from etl.reference.units import UnitIndex
from etl.reference.values import is_blank
from etl.tables.assemble import assemble
from etl.tables.bind import CellReader, SheetContext, TableResult
from etl.tables.context import Scope, detect_scope, detect_year, resolve_unit_option
from etl.tables.ledger import IGNORED, LABEL, SheetLedger
from etl.tables.records import ParsedFile, Reject, a1
from etl.tables.sheet_tools import Grid, text
from etl.tables.table import Table

FINGERPRINT_MARK = "campaign-dashboard template"
TEMPLATE_VERSION = 1
ROLES = ("value", "numerator", "denominator", "qualifier")
QUALIFIERS = LISTED  # the qualifiers a template's list offers (etl.reference.bounds)


class FingerprintDamaged(ValueError):
    """A fingerprint sheet whose content cannot be read (edited by hand)."""


@dataclass
class Fingerprint:
    version: int
    send_id: str
    unit_key: str
    unit_code: str
    unit_name: str
    year: int
    map: str
    sheet: str  # the data sheet's name as sent
    sheet_index: int  # its position among the workbook's sheets as sent
    header_top: int  # 0-based rows
    header_bottom: int
    first_row: int
    end_row: int  # the first row after the unit rows
    stt_col: int
    name_col: int
    code_col: int
    rows: list[tuple[int, str, str, str]] = field(default_factory=list)  # (row, unit key, code, name)
    columns: list[tuple[int, str, str]] = field(default_factory=list)  # (col, metric, role)
    note_cols: list[int] = field(default_factory=list)
    reference_cols: list[int] = field(default_factory=list)  # last year's figures, for reference

    def as_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, version: int, data: str) -> Fingerprint:
        try:
            raw = json.loads(data)
            raw["version"] = version
            raw["rows"] = [(int(r), str(k), str(c), str(n)) for r, k, c, n in raw["rows"]]
            raw["columns"] = [(int(c), str(m), str(role)) for c, m, role in raw["columns"]]
            fp = cls(**raw)
        except (TypeError, ValueError, KeyError) as exc:
            raise FingerprintDamaged(str(exc)) from exc
        fp.check()
        return fp

    def check(self) -> None:
        """The places it gives fit a sheet and one another (an edited fingerprint must not read other cells)."""
        rows = [r for r, _, _, _ in self.rows]
        cols = [c for c, _, _ in self.columns] + self.note_cols + self.reference_cols
        singles = (self.stt_col, self.name_col, self.code_col)
        if not self.rows or not self.columns:
            raise FingerprintDamaged("no unit rows or no columns")
        if not 0 <= self.header_top <= self.header_bottom < self.first_row <= min(rows) or max(rows) >= self.end_row                 or self.end_row > 1_048_576 or len(set(rows)) != len(rows):
            raise FingerprintDamaged("rows out of place")
        if any(not 0 <= c < 16_384 for c in [*cols, *singles]) or len(set(cols) | set(singles)) != len(cols) + 3:
            raise FingerprintDamaged("columns out of place")
        if any(role not in ROLES for _, _, role in self.columns):
            raise FingerprintDamaged("unknown role")
        if not 2000 <= self.year <= 2100 or self.map not in ("old", "new"):
            raise FingerprintDamaged("year or map")


def read_fingerprint(document: Document) -> tuple[Fingerprint, Sheet] | None:
    """The fingerprint of a template sent by the product and its sheet; None when the workbook has none.
    FingerprintDamaged when the sheet is there but cannot be read."""
    for sheet in document.sheets:
        if text(sheet.cell(0, 0)) != FINGERPRINT_MARK:
            continue
        try:
            version = int(float(text(sheet.cell(0, 1))))
        except ValueError as exc:
            raise FingerprintDamaged("no version") from exc
        if version != TEMPLATE_VERSION:
            raise FingerprintDamaged(f"version {version}")
        return Fingerprint.from_json(version, text(sheet.cell(1, 1))), sheet
    return None


def _data_sheet(document: Document, fp: Fingerprint, marker: Sheet) -> Sheet | None:
    """The template's table: the sheet of its name, else the one at its position (renamed), provided its header
    still has the unit and code columns where they were sent."""
    visible = [s for s in document.sheets if s is not marker]

    def fits(sheet: Sheet) -> bool:
        return (fold(sheet.cell(fp.header_top, fp.name_col)) == "đơn vị"
                and fold(sheet.cell(fp.header_top, fp.code_col)) == "mã đơn vị")

    named = [s for s in visible if s.name == fp.sheet and fits(s)]
    if named:
        return named[0]
    if 0 <= fp.sheet_index < len(document.sheets) and document.sheets[fp.sheet_index] is not marker \
            and fits(document.sheets[fp.sheet_index]):
        return document.sheets[fp.sheet_index]
    fitting = [s for s in visible if fits(s) and not s.hidden]
    return fitting[0] if len(fitting) == 1 else None


def _same(typed: object, sent: str) -> bool:
    return fold(nfc(text(typed))) == fold(sent)


def read_template(parsed: ParsedFile, document: Document, found: tuple[Fingerprint, Sheet], index: UnitIndex,
                  catalog: Catalog, year_option: int | None, unit_option: str | None, max_year: int
                  ) -> ParsedFile | None:
    """The file read through its fingerprint (None: the template's table is no longer where it was sent; the
    caller reads it the ordinary way)."""
    fp, marker = found
    data = _data_sheet(document, fp, marker)
    if data is None:
        return None
    parsed.template = {"send_id": fp.send_id, "version": fp.version, "unit_key": fp.unit_key, "year": fp.year}
    unit_vi = f"{fp.unit_name} ({fp.unit_code})"
    if year_option is not None and year_option != fp.year:
        return refuse(parsed, "template_other_year", sent=fp.year, unit=unit_vi, given=year_option,
                      where="năm chọn khi nạp", where_en="the year given")
    if unit_option:
        given, _ = resolve_unit_option(index, unit_option, fp.year)
        if given is None or given.unit_key != fp.unit_key:
            shown = given.version.name if given is not None else unit_option
            return refuse(parsed, "template_other_unit", sent=unit_vi, year=fp.year, given=shown,
                          where="đơn vị chọn khi nạp", where_en="the unit given")
    titles = [" ".join(text(v) for v in row if not is_blank(v)) for row in data.rows[:fp.header_top]]
    titles = [t for t in titles if t]
    title_year = detect_year(titles, "", "")[0]
    if title_year is not None and title_year != fp.year:
        return refuse(parsed, "template_other_year", sent=fp.year, unit=unit_vi, given=title_year,
                      where=f"tiêu đề của trang “{data.name}”", where_en=f"the title of sheet “{data.name}”")
    title_scope = detect_scope(index, titles, "", "", fp.year)[0]
    if title_scope is not None and title_scope.unit_key != fp.unit_key:
        return refuse(parsed, "template_other_unit", sent=unit_vi, year=fp.year, given=title_scope.version.name,
                      where=f"tiêu đề của trang “{data.name}”", where_en=f"the title of sheet “{data.name}”")
    scope_version = index.version(fp.unit_key, fp.year)
    if scope_version is None:
        return refuse(parsed, "template_unknown_unit", unit=unit_vi, year=fp.year)
    unknown = [m for _, m, _ in fp.columns if m not in catalog.metrics] + \
        [k for _, k, _, _ in fp.rows if index.version(k, fp.year) is None]
    if unknown:
        return refuse(parsed, "template_damaged", detail=", ".join(sorted(set(unknown))[:3]))

    for sheet in document.sheets:  # the ledger of every sheet: only the template's table holds figures
        ledger = SheetLedger.of_rows(sheet.name, sheet.rows, sheet.width, sheet.far.numbers, sheet.far.texts)
        parsed.ledgers.append(ledger)
        if sheet is marker:
            ledger.status = "hidden" if sheet.hidden else "no_table"
            ledger.close_all(IGNORED, "template_fingerprint")
        elif sheet is not data:
            ledger.status = "hidden" if sheet.hidden else "no_table"
            ledger.close_all(IGNORED, "hidden_sheet" if sheet.hidden else "template_other_sheet")
            if not sheet.hidden and any(isinstance(v, (int, float)) and not isinstance(v, bool) for row in sheet.rows for v in row):
                parsed.note("note_template_other_sheet", sheet=sheet.name)
        else:
            data_ledger = ledger
    scope = Scope(fp.unit_key, fp.map, scope_version, "template")
    grid = Grid(data)
    ctx = SheetContext(grid, data_ledger, catalog, index, fp.year, scope, max_year)
    table = Table("figures", fp.header_top, fp.header_bottom, fp.first_row, fp.end_row)
    out = TableResult(binding="template", rejects=parsed.rejects)
    reader = CellReader(ctx, table, out)
    data_ledger.mark_rows(fp.header_top, fp.first_row, LABEL, "header")
    inputs = [(c, m, role) for c, m, role in fp.columns if role != "qualifier"]
    qualifiers = {m: c for c, m, role in fp.columns if role == "qualifier"}
    for row, unit_key, code, name in fp.rows:
        data_ledger.mark(row, fp.stt_col, LABEL, "stt")
        for c in fp.note_cols:
            data_ledger.mark(row, c, IGNORED, "note_column")
        for c in fp.reference_cols:
            data_ledger.mark(row, c, IGNORED, "template_reference")
        covered = [(row, c) for c, _, _ in fp.columns]
        changed = [(c, sent) for c, sent in ((fp.name_col, name), (fp.code_col, code))
                   if not _same(grid.raw(row, c), sent)]
        if changed:  # a unit row changed by hand: its figures would go to a unit nobody sent it for
            for i, (c, sent) in enumerate(changed):
                reader.reject_at((row, c), "template_unit_changed", covered if i == 0 else [], expected=sent)
            data_ledger.mark(row, fp.name_col, LABEL, "unit_name")
            data_ledger.mark(row, fp.code_col, LABEL, "unit_code")
            continue
        data_ledger.mark(row, fp.name_col, LABEL, "unit_name")
        data_ledger.mark(row, fp.code_col, LABEL, "unit_code")
        before = len(out.candidates)
        for c, metric, role in inputs:
            reader.candidate(row, c, unit_key, name, fp.year, metric, role, rate_column=False)
        _apply_qualifiers(reader, before, qualifiers, row)
    parsed.facts = assemble(out.candidates, catalog, parsed.rejects, out.broken)
    if not parsed.facts and not parsed.rejects:  # returned as sent: loading it would mark the send received
        return refuse(parsed, "template_empty", unit=unit_vi, year=fp.year)
    data_ledger.close(grid.rows, fp.header_top, fp.end_row)
    for r, c in data_ledger.unread[:20]:
        parsed.rejects.append(Reject.of("unread_cell", data.name, r + 1, a1(r, c), text(grid.raw(r, c))))
    parsed.year, parsed.scope_key, parsed.scope_name, parsed.map = fp.year, fp.unit_key, scope_version.name, fp.map
    parsed.layout = "template"
    parsed.sheet_bindings[data.name] = "template"
    parsed.note("note_template", unit=fp.unit_name, year=fp.year, send=fp.send_id[:8])
    return parsed


def _apply_qualifiers(reader: CellReader, before: int, qualifiers: dict[str, int], row: int) -> None:
    """The bound a qualifier column gives the figure beside it: "trên 98" typed as 98 and "trên". ``before``:
    where the row's candidates begin."""
    for metric, c in qualifiers.items():
        made = reader.out.candidates[before:]
        target = next((k for k in made if k.metric == metric and k.role == "value"), None)
        reader.apply_qualifier(row, c, target, before)


def refuse(parsed: ParsedFile, code: str, **fields: object) -> ParsedFile:
    parsed.refused = Reject.of(code, None, None, None, None, **fields)
    parsed.facts, parsed.items = [], []
    return parsed
