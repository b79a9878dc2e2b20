"""One file in, everything it says out: for each sheet its table and how it was read, the year and the
reporting unit, the facts and register items, the rejects, and the ledger of every cell.

The steps, for every file whatever its shape:
1. read the sheets (etl.reading.readers); a hidden sheet is skipped and said so, its cells ignored;
   A template the product sent (etl.tables.fingerprint) is read by its fingerprint instead, before any heuristic;
2. find each sheet's table (etl.tables.table): a register, a long table, or a table of figures;
3. the context: year and reporting unit from the title block, the sheet name, the file name, or --year/--unit;
4. read the table: registers by their own reader, long tables and tables of figures by a binding (etl.tables.bind);
5. assemble the figures of the whole file (etl.tables.assemble): one fact per unit, year and metric, conflicts
   rejected;
6. close each sheet's ledger: every non-empty cell is a fact, a reject, a label or ignored.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from etl.messages import message
from etl.reading.readers import COL_GAP, ROW_GAP, Document, FileRefused, Sheet, read_document
from etl.reference.catalog import Catalog
from etl.reference.units import UnitIndex
from etl.tables.assemble import assemble
from etl.tables.bind import Candidate, SheetContext, TableResult, read_table
from etl.tables.context import Scope, date_line_year, detect_period, detect_scope, detect_year, resolve_unit_option
from etl.tables.field_tables import LongReader
from etl.tables.fingerprint import FingerprintDamaged, read_fingerprint, read_template
from etl.tables.layout_registers import linked_unit, read_register
from etl.tables.ledger import IGNORED, SheetLedger
from etl.tables.proposals import proposals_of, taken, text_candidates
from etl.tables.records import ParsedFile, Reject, RejectLog, a1
from etl.tables.row_units import UnitResolver
from etl.tables.sheet_tools import Grid, text
from etl.tables.table import Table, find_field_table, find_figures_table

_MAX_UNREAD_REJECTS = 20


def _hidden_with_cells(sheet: Sheet) -> tuple[str, str]:
    """The hidden rows and columns of ``sheet`` that hold something ("cột E, F; dòng 12"), read like the others;
    ("", "") when none does."""
    rows_of = sheet.rows
    cols: list[int] = []
    if sheet.hidden_cols:  # one pass over the cells, whatever number of columns the file hides
        filled = {c for row in rows_of for c, v in enumerate(row) if v not in (None, "")}
        cols = sorted(sheet.hidden_cols & filled)
    rows = sorted(r for r in sheet.hidden_rows if r < len(rows_of) and any(v not in (None, "") for v in rows_of[r]))
    vi, en = [], []
    if cols:
        listed = ", ".join(a1(0, c)[:-1] for c in cols[:10]) + ("…" if len(cols) > 10 else "")
        vi.append(f"cột {listed}")
        en.append(f"column(s) {listed}")
    if rows:
        listed = ", ".join(str(r + 1) for r in rows[:10]) + ("…" if len(rows) > 10 else "")
        vi.append(f"dòng {listed}")
        en.append(f"row(s) {listed}")
    return "; ".join(vi), "; ".join(en)


def max_year() -> int:
    return date.today().year + 1


def _refuse(parsed: ParsedFile, code: str, **fields: object) -> ParsedFile:
    parsed.refused = Reject.of(code, None, None, None, None, **fields)
    parsed.facts, parsed.items, parsed.rejects = [], [], RejectLog()
    return parsed


def recognise(grid: Grid, catalog: Catalog) -> Table | None:
    """The table that fits the sheet best: a register or a long table when their columns are there, else a
    table of figures; when a sheet could be read both ways, the reading that recognises more columns wins."""
    candidates = [t for t in (find_field_table(grid, "models"), find_field_table(grid, "commendations"),
                              find_field_table(grid, "long")) if t is not None]
    figures = find_figures_table(grid, catalog)
    if figures is not None:
        figures.recognised = sum(1 for c in figures.value_cols
                                 if catalog.match_header(figures.columns[c].labels).metric) + 1
        candidates.append(figures)
    if not candidates:
        return None
    return max(candidates, key=lambda t: t.recognised)


def _needs_context_year(table: Table) -> bool:
    if table.kind == "figures":
        has_year_column = any(col.kind == "year" for col in table.columns.values())
        return not has_year_column and not any(table.columns[c].year for c in table.value_cols)
    return "year" not in table.fields


def parse_file(path: Path, index: UnitIndex, catalog: Catalog, year_option: int | None = None,
               unit_option: str | None = None, take: set[str] | None = None) -> ParsedFile:
    """``take``: the ids of the narrative's proposals to load (etl.tables.proposals; "all" for every one); a
    Word or PDF report's proposals are listed in ``parsed.proposals`` whether taken or not."""
    path = Path(path)
    parsed = ParsedFile(path)
    top_year = max_year()
    try:
        document = read_document(path)
    except FileRefused as exc:
        return _refuse(parsed, "unreadable", detail=exc.detail_vi, detail_en=exc.detail_en)
    try:  # a template the product sent: read by its fingerprint, before any heuristic
        fingerprint = read_fingerprint(document)
    except FingerprintDamaged as exc:
        return _refuse(parsed, "template_damaged", detail=str(exc))
    if fingerprint is not None:
        done = read_template(parsed, document, fingerprint, index, catalog, year_option, unit_option, top_year)
        if done is not None:
            return done
        parsed.note("note_template_moved")
    sheets = document.sheets
    found: list[tuple[Grid, SheetLedger, Table, list[str], int | None]] = []
    for sheet in sheets:
        ledger = SheetLedger.of_rows(sheet.name, sheet.rows, sheet.width, sheet.far.numbers, sheet.far.texts)
        ledger.caption_paragraph = sheet.caption_paragraph
        parsed.ledgers.append(ledger)
        if sheet.hidden:
            ledger.status = "hidden"
            ledger.close_all(IGNORED, "hidden_sheet")
            parsed.note("note_hidden", sheet=sheet.name)
            continue
        hidden, hidden_en = _hidden_with_cells(sheet)
        if hidden:
            parsed.note("note_hidden_cells", sheet=sheet.name, where=hidden, where_en=hidden_en)
        computed, failed = sheet.formulas
        if computed or failed:
            parsed.note("note_formulas", sheet=sheet.name, count=computed + failed,
                        failed=f"; {failed} ô không tính được (xem các dòng bị loại)" if failed else "",
                        failed_en=f"; {failed} could not be (see the rejects)" if failed else "")
        if sheet.legacy_encoding:
            parsed.note("note_legacy_font", sheet=sheet.name, encoding=sheet.legacy_encoding.upper())
        if sheet.text_encoding == "mixed":
            parsed.note("note_mixed_encoding", sheet=sheet.name)
        grid = Grid(sheet)
        table = recognise(grid, catalog)
        if table is None:
            ledger.status = "no_table"
            ledger.close_all(IGNORED, "no_table")
            if ledger.nonempty:
                parsed.note("note_no_table", sheet=sheet.name)
            continue
        titles = [*sheet.title_lines, *(grid.line(r) for r in range(table.top))]
        period = detect_period(titles, sheet.name, path.name)
        if period:
            return _refuse(parsed, "short_period", period=period)
        year = year_option or detect_year(titles, sheet.name, path.name)[0]
        if year is not None and not 2000 <= year <= top_year:
            return _refuse(parsed, "bad_year", value=year, max_year=top_year)
        if year is None and _needs_context_year(table):
            dated = date_line_year(titles)
            if dated:
                return _refuse(parsed, "no_year",
                               date_line=f"; dòng ngày tháng ghi năm {dated}; nếu đó là năm báo cáo, chạy lại "
                                         f"với --year {dated}",
                               date_line_en=f"; the date line says {dated}; if that is the report year, pass "
                                            f"--year {dated}")
            return _refuse(parsed, "no_year", date_line="; hãy chạy lại với --year NĂM",
                           date_line_en="; pass --year YEAR")
        found.append((grid, ledger, table, titles, year))
        while table.kind == "figures" and table.end < grid.height:  # tables stacked on one sheet ("Biểu 1", "Biểu 2")
            below = find_figures_table(grid, catalog, start=table.end)
            if below is None or below.top < table.end:
                break
            below.recognised = sum(1 for c in below.value_cols if catalog.match_header(below.columns[c].labels).metric)
            if not below.recognised:
                break
            table = below
            found.append((grid, ledger, table, titles, year))
    if not found:
        if document.is_document:
            return _narrative_only(parsed, document, index, catalog, year_option, unit_option, take)
        return _refuse(parsed, "no_table")

    def lookup_year(grid: Grid, table: Table, year: int | None) -> int:
        return year or _table_year(grid, table) or top_year - 1

    option_scope = None
    if unit_option:
        grid, _, table, _, year = found[0]
        option_scope, why = resolve_unit_option(index, unit_option, lookup_year(grid, table, year))
        if option_scope is None:
            return _refuse(parsed, "bad_unit_option", value=unit_option, detail=why)
    title_scope = None
    for grid, _, table, titles, year in found:
        scope, _ = detect_scope(index, titles, "", "", lookup_year(grid, table, year))
        if scope is not None:
            title_scope = scope
            break

    candidates: list[Candidate] = []
    file_scope: Scope | None = None  # the reporting unit of the file's first table that names one
    broken: set[tuple[str, int, str]] = set()
    rejected_rates: dict = {}
    bindings: list[str] = []
    for grid, ledger, table, titles, year in found:
        sheet = grid.sheet
        ly = lookup_year(grid, table, year)
        scope: Scope | None = option_scope
        why = None
        if scope is None:
            scope, why = detect_scope(index, titles, sheet.name, path.name, ly, inherited=title_scope,
                                      disambiguate=lambda c, g=grid, t=table, y=ly: (
                                          _by_rows(index, c, _row_names(g, t), y)
                                          or _by_rows(index, c, _row_names(g, t, heads=True), y)))
        has_unit_columns = table.kind == "long" and ({"province", "district"} & set(table.fields))
        if scope is None and not has_unit_columns:
            return _refuse(parsed, "no_unit" if why != "ambiguous" else "ambiguous_scope")
        parsed.year = parsed.year or year
        if scope is not None and parsed.scope_key is None:
            file_scope = scope
            parsed.scope_key, parsed.scope_name, parsed.map = scope.unit_key, scope.version.name, scope.map
            if year and scope.map == "old" and year >= 2025:
                parsed.note("note_old_scope", unit=scope.version.name, year=year)
        ctx = SheetContext(grid, ledger, catalog, index, year, scope, top_year)
        if table.kind == "figures":
            result = read_table(ctx, table, parsed.rejects)
        elif table.kind == "long":
            result = LongReader(ctx, table, TableResult(rejects=parsed.rejects)).read()
        else:
            if scope is None:  # a register's reporting unit was found, or the file was refused above
                raise RuntimeError(f"{sheet.name}: a register read without its reporting unit")
            items = read_register(grid, table, ledger, index, scope.version, year, top_year, parsed.rejects)
            for item in items:
                item.scope_key = scope.unit_key
            parsed.items += items
            bindings.append(table.kind)
            parsed.sheet_bindings[sheet.name] = table.kind
            continue
        bindings.append(result.binding)
        candidates += result.candidates
        broken |= result.broken
        rejected_rates.update(result.rejected_rates)
        parsed.unmapped += result.unmapped
        parsed.unmapped_cells += result.unmapped_cells
        if result.hidden_twins:
            parsed.note("note_hidden_twins", columns="; ".join(result.hidden_twins))
        resolvers: list[UnitResolver] = [*ctx.resolvers.values(), *result.resolvers]
        for resolver in resolvers:
            parsed.new_units += resolver.new_units
        old_names = [n for resolver in ctx.resolvers.values() for n in resolver.old_names]
        if old_names:
            shown = ", ".join(old_names[:5]) + ("…" if len(old_names) > 5 else "")
            parsed.note("note_old_names", sheet=sheet.name, count=len(old_names), year=year, names=shown)
        parsed.sheet_bindings[sheet.name] = result.binding
    if document.is_document:
        candidates += _proposals(parsed, document, index, file_scope, parsed.year or year_option, take)
    parsed.facts = assemble(candidates, catalog, parsed.rejects, broken)
    for f in parsed.facts:  # a typed rate rejected, made from its counts instead: its reject says what is shown
        reject = rejected_rates.get((f.unit_key, f.year, f.metric))
        if reject is not None and f.numerator is not None and f.denominator is not None:
            shown = f"{f.value:.1f}".replace(".", ",")
            vi, en = message("note_rate_from_counts", n=f"{f.numerator:g}", d=f"{f.denominator:g}", value=shown,
                             value_en=f"{f.value:.1f}")
            reject.reason, reject.reason_en = f"{reject.reason}; {vi}", f"{reject.reason_en}; {en}"
    for grid, ledger, table, _, _ in found:
        ledger.close(grid.rows, table.top, table.end)
        for r, c in ledger.unread[:_MAX_UNREAD_REJECTS]:
            parsed.rejects.append(Reject.of("unread_cell", grid.sheet.name, r + 1, a1(r, c), text(grid.raw(r, c))))
        _far_cells(parsed, grid.sheet)
    parsed.layout = "+".join(sorted(set(bindings)))
    return parsed


def _proposals(parsed: ParsedFile, document: Document, index: UnitIndex, scope: Scope | None, year: int | None,
               take: set[str] | None) -> list[Candidate]:
    """The narrative's proposals into ``parsed.proposals``; the taken ones as candidates (with their ledger)."""
    paragraphs = [p.text for p in document.paragraphs]
    parsed.proposals = proposals_of(paragraphs, scope, year)
    chosen, parsed.unknown_takes = taken(parsed.proposals, take)
    if parsed.unknown_takes:
        parsed.note("note_unknown_takes", ids=", ".join(parsed.unknown_takes[:10]))
    if not chosen or scope is None or year is None:
        return []
    candidates, ledger = text_candidates(chosen, paragraphs, index, scope, year, parsed.rejects)
    if ledger is not None:
        parsed.ledgers.append(ledger)
        parsed.sheet_bindings[ledger.sheet] = "text"
    return candidates


def _narrative_only(parsed: ParsedFile, document: Document, index: UnitIndex, catalog: Catalog,
                    year_option: int | None, unit_option: str | None, take: set[str] | None) -> ParsedFile:
    """A Word or PDF report with no table of figures: its unit and year from its head, its figures proposed;
    loaded only when taken, else refused saying how many there are to choose from."""
    year = year_option or detect_year(document.head, "", parsed.path.name)[0]
    if unit_option:
        scope, why = resolve_unit_option(index, unit_option, year or max_year() - 1)
        if scope is None:
            return _refuse(parsed, "bad_unit_option", value=unit_option, detail=why)
    else:
        scope = detect_scope(index, document.head, "", parsed.path.name, year or max_year() - 1)[0]
    candidates = _proposals(parsed, document, index, scope, year, take)
    if not candidates:
        if not parsed.proposals:
            return _refuse(parsed, "no_table")
        if year is None:
            return _refuse(parsed, "no_year", date_line="", date_line_en="")
        if scope is None:
            return _refuse(parsed, "no_unit")
        return _refuse(parsed, "only_proposals", count=len(parsed.proposals))
    parsed.year, parsed.scope_key, parsed.scope_name, parsed.map = year, scope.unit_key, scope.version.name, scope.map
    parsed.facts = assemble(candidates, catalog, parsed.rejects)
    parsed.layout = "text"
    return parsed


def _far_cells(parsed: ParsedFile, sheet: Sheet) -> None:
    """The numbers far from the sheet's table (a stray value in row 1,048,576): a reject each, the first ones with
    their cell (etl.reading.readers.FAR_SHOWN), the others counted; a note says how many cells were far."""
    far = sheet.far
    if not far:
        return
    for r, c, value, across in far.shown:
        gap = {"rows": (f"{ROW_GAP:,} dòng".replace(",", "."), f"{ROW_GAP:,} empty rows"),
               "cols": (f"{COL_GAP:,} cột".replace(",", "."), f"{COL_GAP:,} empty columns")}[across]
        parsed.rejects.append(Reject.of("far_cell", sheet.name, r + 1, a1(r, c), text(value), ref=a1(r, c),
                                        gap=gap[0], gap_en=gap[1]))
    for _ in range(far.numbers - len(far.shown)):
        parsed.rejects.count("far_cell")
    parsed.note("note_far_cells", sheet=sheet.name, count=len(far), numbers=far.numbers, texts=far.texts,
                rows=f"{ROW_GAP:,}".replace(",", "."), rows_en=f"{ROW_GAP:,}", cols=COL_GAP)


def _row_names(grid: Grid, table: Table, heads: bool = False) -> list[str]:
    """The unit or host names a table lists (to tell apart two units a file name fits); ``heads``: the labels
    of its value columns instead of its rows (a transposed table lists its units there)."""
    if table.kind == "figures":
        # a transposed table names its communes in its header ("Chia ra" over "Xã Phú An", "Xã Phú Hữu")
        if table.label_col is None or heads:
            return list(dict.fromkeys(label for c in table.value_cols[:200] for label in table.columns[c].labels
                                      if label))
        return [t for r in range(table.first, min(table.end, table.first + 200))
                if (t := text(grid.raw(r, table.label_col)))]
    names: list[str] = []
    if heads:
        return names
    for field in ("commune", "host", "unit", "recipient"):
        if field in table.fields:
            names += [text(grid.raw(r, table.fields[field])) for r in range(table.first, min(table.end, table.first + 200))]
    return [n for n in names if n]


def _by_rows(index: UnitIndex, candidates: list, names: list[str], year: int):  # noqa: ANN202
    """The candidate most of whose communes the rows name (None if no clear winner)."""
    scores = []
    for v in candidates:
        hits = 0
        for name in names:
            level = "district" if v.level == "province" and v.map == "old" else "commune"
            if index.find(name, map_=v.map, level=level, year=year, parent_key=v.unit_key).unit_key or \
                    linked_unit(index, v, year, [name]) != v.unit_key:
                hits += 1
        scores.append((hits, v))
    scores.sort(key=lambda s: -s[0])
    if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        return scores[0][1]
    return None


def _table_year(grid: Grid, table: Table) -> int | None:
    """A year the table itself gives: a year group in its header, or the first year of its year column."""
    if table.kind == "figures":
        years = [table.columns[c].year for c in table.value_cols if table.columns[c].year]
        if years:
            return max(y for y in years if y)
        cols = [c for c, col in table.columns.items() if col.kind == "year"]
    else:
        cols = [table.fields["year"]] if "year" in table.fields else []
    for c in cols:
        for r in range(table.first, min(table.end, table.first + 50)):
            try:
                return int(float(text(grid.raw(r, c))))
            except ValueError:
                continue
    return None
